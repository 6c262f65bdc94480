package pl.wizyty.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pl.wizyty.base.TranslationProvider;

class VisitSmsTest {

    private static final Locale POLISH = TranslationProvider.POLISH;
    private static final Locale ENGLISH = TranslationProvider.ENGLISH;
    private static final String LONG_OFFICE = "Wydział Spraw Obywatelskich, Ewidencji Ludności, Dowodów Osobistych "
            + "i Działalności Gospodarczej – Biuro Obsługi Mieszkańców";

    private final VisitSms sms = new VisitSms(new TranslationProvider());

    private static VisitSms.Parts parts(String office) {
        return new VisitSms.Parts("AK-7Q4M2", LocalDate.of(2026, 12, 3), LocalTime.of(9, 30), office);
    }

    @Test
    void a_confirmation_in_polish_says_the_number_date_time_and_office_without_diacritics() {
        assertThat(sms.text(VisitSms.Kind.CONFIRMATION, parts("Wydział Komunikacji"), POLISH)).isEqualTo(
                "Umowiono wizyte AK-7Q4M2: 03.12.2026 godz. 09:30, Wydzial Komunikacji. "
                        + "Szczegoly i odwolanie: Moje wizyty w portalu urzedu.");
    }

    @Test
    void a_reminder_in_english_says_how_to_cancel() {
        assertThat(sms.text(VisitSms.Kind.REMINDER, parts("Wydział Komunikacji"), ENGLISH)).isEqualTo(
                "Reminder: visit AK-7Q4M2 on 03/12/2026 at 09:30, Wydzial Komunikacji. "
                        + "Cannot come? Cancel it in My visits on the town hall portal.");
    }

    @ParameterizedTest
    @EnumSource(VisitSms.Kind.class)
    void every_text_with_a_very_long_office_name_fits_one_gsm7_sms_with_the_number_date_and_time_whole(
            VisitSms.Kind kind) {
        for (Locale locale : new Locale[] {POLISH, ENGLISH}) {
            String text = sms.text(kind, parts(LONG_OFFICE), locale);

            assertThat(SmsText.measure(text)).as(text)
                    .isEqualTo(new SmsText.Length(SmsText.Encoding.GSM_7, text.length(), 1));
            assertThat(text.length()).as(text).isLessThanOrEqualTo(160);
            assertThat(text).contains("AK-7Q4M2", "09:30", locale == POLISH ? "03.12.2026" : "03/12/2026")
                    .contains("Wydzial Spraw").doesNotContain("Mieszkancow");
        }
    }

    @Test
    void a_short_office_name_is_never_shortened() {
        String text = sms.text(VisitSms.Kind.CANCELLED, parts("USC"), POLISH);

        assertThat(text).isEqualTo("Wizyta AK-7Q4M2 (03.12.2026 godz. 09:30, USC) zostala odwolana. "
                + "Szczegoly w e-mailu i w Moje wizyty w portalu urzedu.");
    }
}
