package pl.wizyty.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ConsentCookieCodecTest {

    private static final String ID = "0b6f2c1e-3d4a-4b5c-8d9e-0f1a2b3c4d5e";

    @Test
    void a_choice_survives_the_trip_through_the_cookie() {
        Consent consent = new Consent(ID, EnumSet.of(ConsentCategory.STATISTICS, ConsentCategory.FUNCTIONAL), "2026.1",
                Instant.ofEpochSecond(1_767_225_600L));

        String value = ConsentCookieCodec.encode(consent);

        assertThat(value).isEqualTo("1:" + ID + ":sf:2026.1:1767225600");
        assertThat(ConsentCookieCodec.decode(value)).contains(consent);
    }

    @Test
    void rejecting_everything_optional_is_written_as_zero_and_keeps_only_necessary() {
        Consent consent = new Consent(ID, Set.of(), "1", Instant.ofEpochSecond(5));

        assertThat(ConsentCookieCodec.encode(consent)).isEqualTo("1:" + ID + ":0:1:5");
        assertThat(ConsentCookieCodec.decode("1:" + ID + ":0:1:5").orElseThrow().categories())
                .containsExactly(ConsentCategory.NECESSARY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yes", "true", "all", "1:" + ID + ":spf:1", "1:" + ID + "::1:5",
            "2:" + ID + ":spf:1:5", "1:not-a-uuid-at-all-but-36-chars-long:spf:1:5", "1:" + ID + ":fps:1:5",
            "1:" + ID + ":spfx:1:5", "1:" + ID + ":spf:1 2:5", "1:" + ID + ":spf:1:-5", "1:" + ID + ":spf:1:5:extra",
            "1:0B6F2C1E-3D4A-4B5C-8D9E-0F1A2B3C4D5E:spf:1:5", "1:" + ID + ":s%70f:1:5",
            "1:" + ID + ":spf:1:99999999999999999"})
    void a_malformed_cookie_is_no_choice_at_all(String value) {
        assertThat(ConsentCookieCodec.decode(value)).isEmpty();
    }

    @Test
    void a_missing_or_huge_value_is_no_choice() {
        assertThat(ConsentCookieCodec.decode(null)).isEmpty();
        assertThat(ConsentCookieCodec.decode("1:" + ID + ":spf:" + "x".repeat(500) + ":5")).isEmpty();
    }
}
