package pl.wizyty.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in Polish and in English, once. The bundles merge as a union between branches, so a key two
 * branches both added would otherwise silently take whichever value comes last.
 */
class MessageBundlesTest {

    @Test
    void polish_and_english_bundles_have_the_same_keys() throws IOException {
        assertThat(keys("messages_en.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void no_key_is_defined_twice() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            List<String> keys = new ArrayList<>();
            for (String line : text(bundle).split("\n")) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0) {
                    keys.add(line.substring(0, equals).strip());
                }
            }
            assertThat(keys).as(bundle).doesNotHaveDuplicates();
        }
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        properties.load(new java.io.StringReader(text(bundle)));
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static String text(String bundle) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
