package pl.wizyty.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path temp;

    @Test
    void a_relative_setting_is_made_absolute_against_the_working_folder() {
        Path resolved = DataFolder.resolve("./data/../data");

        assertThat(resolved).isAbsolute().isEqualTo(Path.of("").toAbsolutePath().resolve("data"));
        assertThat(DataFolder.resolve(" ")).isEqualTo(Path.of("").toAbsolutePath().resolve("data"));
    }

    @Test
    void a_new_folder_is_created_readable_by_its_owner_only() throws IOException {
        Path folder = temp.resolve("nowy/dom");

        DataFolder.prepare(folder);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    void an_existing_world_readable_folder_is_narrowed_to_its_owner() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("stary"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        DataFolder.prepare(folder);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }
}
