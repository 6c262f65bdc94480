package pl.wizyty.notification.sms;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.springframework.stereotype.Component;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.base.TranslationProvider;

/**
 * The texts about a visit, in the resident's language, each fitting one GSM-7 SMS (160 characters): the template
 * comes from the message bundles ({@code sms.visit.*}), Polish letters are transliterated, and a long office name is
 * shortened so that the booking number, the date and the time always stay whole.
 */
@Component
public class VisitSms {

    public enum Kind {
        CONFIRMATION, REMINDER, RESCHEDULED, CANCELLED;

        String messageKey() {
            return "sms.visit." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a visit text says: booking number, when (in the office's time zone) and which office. */
    public record Parts(String bookingNumber, LocalDate date, LocalTime time, String office) {
    }

    private final TranslationProvider translations;

    public VisitSms(TranslationProvider translations) {
        this.translations = translations;
    }

    public String text(Kind kind, Parts parts, Locale locale) {
        String date = DateTimeTexts.numericDate(parts.date(), locale);
        String time = DateTimeTexts.time(parts.time());
        return SmsText.fitOneSms(
                office -> translations.getTranslation(kind.messageKey(), locale, parts.bookingNumber(), date, time,
                        office),
                parts.office());
    }
}
