package pl.wizyty.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The kept answer deflated and read back; a repeated message's answer over HTTP is KeptAnswerIT's. */
class CompactLastResponseTest {

    @Test
    void an_answer_is_read_back_exactly_polish_letters_and_all_in_a_fraction_of_its_size() {
        StringBuilder answer = new StringBuilder("{\"syncId\":3,\"clientId\":2,\"changes\":[");
        for (int node = 1; node <= 150; node++) {
            answer.append("{\"node\":").append(node).append(",\"type\":\"put\",\"key\":\"text\",\"feat\":7,")
                    .append("\"value\":\"Zażółć gęślą jaźń – wtorek, 8 grudnia \\\"10:00\\\" 😀 #").append(node)
                    .append("\"},{\"node\":").append(node).append(",\"type\":\"attach\"},");
        }
        answer.append("{}]}");
        String text = answer.toString();

        CompactLastResponse.Deflated kept = CompactLastResponse.Deflated.of(text);

        assertThat(kept.inflate()).isEqualTo(text);
        // Kept as a String this answer takes two bytes a character (it has letters beyond Latin-1).
        assertThat(kept.bytes().length).isLessThan(text.length() * 2 / 6);
    }

    @Test
    void a_damaged_answer_is_reported_not_read_as_something_else() {
        byte[] bytes = CompactLastResponse.Deflated.of("{\"syncId\":1}".repeat(300)).bytes();

        CompactLastResponse.Deflated damaged = new CompactLastResponse.Deflated(Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(damaged::inflate).isInstanceOf(UncheckedIOException.class);
    }
}
