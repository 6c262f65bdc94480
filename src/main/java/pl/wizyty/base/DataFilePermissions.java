package pl.wizyty.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The embedded database's files are readable by their owner only (rw-------). H2 creates them with the process's
 * umask, usually world-readable; the folder around them is already owner-only ({@link DataFolder}), this narrows the
 * files too, once the database has been opened at start.
 */
@Component
class DataFilePermissions {

    private final Path folder;

    DataFilePermissions(@Value("${" + DataFolder.PROPERTY + "}") String folder) {
        this.folder = Path.of(folder);
    }

    @EventListener(ApplicationStartedEvent.class)
    void narrow() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix") || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.db")) {
            for (Path file : files) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot narrow the permissions in " + folder, e);
        }
    }
}
