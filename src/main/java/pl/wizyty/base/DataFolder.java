package pl.wizyty.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The one folder the portal keeps its data in (the embedded H2 database), from the setting {@code WIZYTY_HOME}
 * ({@code wizyty.home}, default {@code ./data}). It is made absolute before anything reads it, so the database URL
 * and the start-up log name the same folder, and a start from another working folder shows in the log instead of
 * silently opening a new, empty database. The folder is created readable by its owner only (rwx------), and an
 * existing one is narrowed to that.
 */
public class DataFolder implements EnvironmentPostProcessor {

    public static final String PROPERTY = "wizyty.home";
    static final String DEFAULT = "./data";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Log log;

    public DataFolder(DeferredLogFactory logs) {
        this.log = logs.getLog(DataFolder.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path folder = resolve(environment.getProperty(PROPERTY, DEFAULT));
        prepare(folder);
        environment.getPropertySources().addFirst(
                new MapPropertySource("wizytyHome", Map.of(PROPERTY, folder.toString())));
        log.info("Data folder (WIZYTY_HOME): " + folder);
    }

    static Path resolve(String setting) {
        return Path.of(setting.isBlank() ? DEFAULT : setting).toAbsolutePath().normalize();
    }

    static void prepare(Path folder) {
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (posix) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.setPosixFilePermissions(folder, OWNER_ONLY);
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data folder " + folder, e);
        }
    }
}
