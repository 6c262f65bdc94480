package pl.wizyty.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.base.MunicipalityProperties;
import pl.wizyty.base.Routes;
import pl.wizyty.base.TranslationProvider;
import pl.wizyty.visit.CalendarFile;
import pl.wizyty.visit.VisitDetails;

/**
 * Writes the e-mails about a visit in the resident's language: the same content as plain text and as simple HTML
 * (a {@code lang} attribute, no images, no tracking), and the calendar part. The only link is to the visit in Moje
 * wizyty, which changes nothing when opened: mail scanners follow links.
 */
@Component
class VisitMessageWriter {


    private final TranslationProvider translations;
    private final NotificationProperties properties;
    private final MunicipalityProperties municipality;

    VisitMessageWriter(TranslationProvider translations, NotificationProperties properties,
            MunicipalityProperties municipality) {
        this.translations = translations;
        this.properties = properties;
        this.municipality = municipality;
    }

    /** What happened, told in one sentence (or two) before the visit's details. */
    record Occasion(MessageKind kind, Instant movedFrom, String officeReason) {
    }

    OutboxMessage.Content write(VisitDetails visit, Occasion occasion, Locale locale, Instant now) {
        Locale language = TranslationProvider.supported(locale);
        String number = visit.bookingNumber();
        String date = DateTimeTexts.date(visit.startsAt(), language);
        String time = DateTimeTexts.time(visit.startsAt());
        String subject = switch (occasion.kind()) {
            case VISIT_BOOKED -> text(language, "notification.visit.booked.subject", number, date, time);
            case VISIT_MOVED -> text(language, "notification.visit.moved.subject", number, date, time);
            case VISIT_CANCELLED -> text(language, "notification.visit.cancelled.subject", number, date, time);
            case VISIT_REMINDER -> text(language, "notification.visit.reminder.subject", number, date, time);
            default -> throw new IllegalArgumentException("Not a message about a visit: " + occasion.kind());
        };
        List<String> intro = intro(visit, occasion, language);
        List<String[]> facts = facts(visit, language, date, time);
        String link = properties.link(Routes.MY_VISITS + "/" + number);
        String linkText = text(language, occasion.kind() == MessageKind.VISIT_CANCELLED
                ? "notification.visit.linkCancelled" : "notification.visit.link");
        String footer = text(language, "notification.footer", municipality.portalName());
        CalendarFile.Method method = occasion.kind() == MessageKind.VISIT_CANCELLED ? CalendarFile.Method.CANCEL
                : CalendarFile.Method.REQUEST;
        String calendar = occasion.kind() == MessageKind.VISIT_REMINDER ? null
                : CalendarFile.of(visit, method, calendarTexts(visit, language), properties.from(), visit.version(),
                        now);
        return new OutboxMessage.Content(subject, plain(intro, facts, linkText, link, footer),
                html(language, subject, intro, facts, linkText, link, footer), calendar,
                calendar == null ? null : method.name());
    }

    private List<String> intro(VisitDetails visit, Occasion occasion, Locale language) {
        List<String> lines = new ArrayList<>();
        lines.add(text(language, "notification.greeting"));
        switch (occasion.kind()) {
            case VISIT_BOOKED -> lines.add(text(language, "notification.visit.booked.intro"));
            case VISIT_MOVED -> lines.add(text(language, "notification.visit.moved.intro",
                    DateTimeTexts.date(occasion.movedFrom(), language) + ", "
                            + DateTimeTexts.time(occasion.movedFrom()),
                    DateTimeTexts.date(visit.startsAt(), language) + ", " + DateTimeTexts.time(visit.startsAt())));
            case VISIT_CANCELLED -> {
                if (occasion.officeReason() == null) {
                    lines.add(text(language, "notification.visit.cancelled.byResident"));
                } else {
                    lines.add(text(language, "notification.visit.cancelled.byOffice"));
                    lines.add(text(language, "notification.visit.cancelled.reason", occasion.officeReason()));
                }
            }
            case VISIT_REMINDER -> lines.add(text(language, "notification.visit.reminder.intro"));
        }
        return lines;
    }

    private List<String[]> facts(VisitDetails visit, Locale language, String date, String time) {
        List<String> items = visit.matter().whatToBring(language);
        String bring = items.isEmpty() ? text(language, "notification.visit.bringNothing") : String.join(", ", items);
        return List.of(
                fact(language, "notification.visit.number", visit.bookingNumber()),
                fact(language, "notification.visit.matter", visit.matter().name(language)),
                fact(language, "notification.visit.date", date),
                fact(language, "notification.visit.time", time),
                fact(language, "notification.visit.office", visit.office().name(language)),
                fact(language, "notification.visit.address", visit.office().address()),
                fact(language, "notification.visit.room", visit.office().room(language)),
                fact(language, "notification.visit.bring", bring));
    }

    private String[] fact(Locale language, String key, String value) {
        return new String[] {text(language, key), value};
    }

    private CalendarFile.Texts calendarTexts(VisitDetails visit, Locale language) {
        return new CalendarFile.Texts(text(language, "booking.calendar.summary", visit.matter().name(language)),
                text(language, "booking.calendar.description", visit.bookingNumber(),
                        String.join(", ", visit.matter().whatToBring(language))),
                CalendarFile.location(visit, language));
    }

    private static String plain(List<String> intro, List<String[]> facts, String linkText,
            String link, String footer) {
        StringBuilder out = new StringBuilder();
        intro.forEach(line -> out.append(line).append("\n\n"));
        facts.forEach(fact -> out.append(fact[0]).append(": ").append(fact[1]).append('\n'));
        out.append('\n').append(linkText).append('\n').append(link).append("\n\n");
        out.append("-- \n").append(footer).append('\n');
        return out.toString();
    }

    private static String html(Locale language, String subject, List<String> intro, List<String[]> facts,
            String linkText, String link, String footer) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.getLanguage())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(subject))
                .append("</title>\n</head>\n<body>\n");
        intro.forEach(line -> out.append("<p>").append(escape(line)).append("</p>\n"));
        out.append("<dl>\n");
        facts.forEach(fact -> out.append("<dt><strong>").append(escape(fact[0])).append("</strong></dt><dd>")
                .append(escape(fact[1])).append("</dd>\n"));
        out.append("</dl>\n<p>").append(escape(linkText)).append("<br>\n<a href=\"").append(escape(link))
                .append("\">").append(escape(link)).append("</a></p>\n");
        out.append("<hr>\n<p><small>").append(escape(footer)).append("</small></p>\n</body>\n</html>\n");
        return out.toString();
    }

    private String text(Locale language, String key, Object... params) {
        return translations.getTranslation(key, language, params);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
