package pl.wizyty.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CompactLastResponseTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void an_answer_with_polish_letters_is_kept_one_byte_a_character_and_reads_as_the_same_json() {
        String answer = "{\"syncId\":3,\"changes\":[{\"node\":7,\"type\":\"put\",\"key\":\"text\",\"feat\":7,"
                + "\"value\":\"Zażółć gęślą jaźń – wtorek, 8 grudnia \\\"10:00\\\" 😀\"}]}";

        String kept = CompactLastResponse.latin1(answer);

        assertThat(kept.chars()).allMatch(c -> c <= 0xFF);
        assertThat(new String(kept.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1))
                .isEqualTo(kept);
        assertThat(kept).contains("Za\\u017có\\u0142\\u0107");
        assertThat(JSON.readTree(kept)).isEqualTo(JSON.readTree(answer));
    }

    @Test
    void an_answer_without_such_letters_is_kept_as_it_is() {
        String answer = "{\"syncId\":1,\"changes\":[{\"value\":\"Kraków, ul. Górna 1\"}]}";

        assertThat(CompactLastResponse.latin1(answer)).isSameAs(answer);
        assertThat(CompactLastResponse.latin1(null)).isNull();
    }
}
