package pl.wizyty.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PolishMobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"500100200", "500 100 200", "500-100-200", "+48 500 100 200", "+48500100200",
        "0048 500 100 200", "48500100200", "(+48) 500.100.200", "  500100200  "})
    void a_polish_mobile_number_written_in_the_usual_ways_is_normalised_to_e164(String written) {
        PolishMobileNumber number = PolishMobileNumber.parse(written).orElseThrow();

        assertThat(number.e164()).isEqualTo("+48500100200");
        assertThat(number.digits()).isEqualTo("48500100200");
        assertThat(number.display()).isEqualTo("+48 500 100 200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"450000000", "510000000", "530000000", "570000000", "600000000", "660000000",
        "690000000", "720000000", "730000000", "780000000", "790000000", "880000000"})
    void every_mobile_prefix_of_the_numbering_plan_is_accepted(String national) {
        assertThat(PolishMobileNumber.isValid(national)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "zadzwoń", "50010020", "5001002000", "+49 500 100 200", "+4850010020",
        "54 282 00 10", "22 123 45 67", "800 100 200", "700 100 200", "500\u202E100200", "500\u200B100200",
        "500100200 wew. 12", "+48+500100200", "500100200+", "1234567890123456789012345678901"})
    void garbage_landlines_foreign_numbers_and_invisible_characters_are_refused(String written) {
        assertThat(PolishMobileNumber.parse(written)).isEmpty();
    }

    @Test
    void null_is_not_a_number_and_logs_see_only_the_last_three_digits() {
        assertThat(PolishMobileNumber.parse(null)).isEmpty();
        PolishMobileNumber number = new PolishMobileNumber("600123456");
        assertThat(number.masked()).isEqualTo("+48 *** *** 456");
        assertThat(number.toString()).doesNotContain("600123");
        assertThatThrownBy(() -> new PolishMobileNumber("221234567")).isInstanceOf(IllegalArgumentException.class);
    }
}
