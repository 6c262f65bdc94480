package pl.wizyty.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"jan.kowalski@example.pl", "a.b-c+d@urzad.gov.pl", "zofia@żółw.pl", "JAN@EXAMPLE.PL",
        "o'brien@example.com"})
    void real_addresses_are_email_addresses(String address) {
        assertThat(ContactRules.isEmail(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"><svg/onload=alert(1)>@example.pl", "\"<svg onload=alert(1)>\"@example.pl",
        "jan@localhost", "jan.kowalski.example.pl", "jan@@example.pl", "jan kowalski@example.pl", "jan@example..pl",
        ".jan@example.pl", "jan@example.pl.", "jan\u202E@example.pl", "jan\u200B@example.pl", "jan\u0000@example.pl",
        "<jan@example.pl>", "jan@exa(mple).pl"})
    void markup_quoted_local_parts_hosts_without_a_dot_and_invisible_characters_are_not(String address) {
        assertThat(ContactRules.isEmail(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+48 600 100 200", "54 282 00 10", "(54) 282-00-10"})
    void phone_numbers_with_digits_spaces_and_dashes_are_phones(String phone) {
        assertThat(ContactRules.isPhone(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"600\u202E100200", "zadzwoń", "12345"})
    void phone_numbers_with_anything_else_are_not(String phone) {
        assertThat(ContactRules.isPhone(phone)).isFalse();
    }
}
