package pl.wizyty.visit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import pl.wizyty.base.TimeConfiguration;

/**
 * The visit as an iCalendar object (RFC 5545), one code for the "Dodaj do kalendarza" file and the calendar part of
 * e-mails. Its UID is the same for every version of one visit and its SEQUENCE the visit's version, so a calendar
 * updates (or, with CANCEL, removes) the event it already has. Times are local to Europe/Warsaw with its VTIMEZONE;
 * lines are folded at 75 octets of UTF-8, never inside a character.
 */
public final class CalendarFile {

    /** How a calendar should take the object: a plain copy, an invitation (booking, change), or a cancellation. */
    public enum Method {
        PUBLISH, REQUEST, CANCEL
    }

    private static final int LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String ZONE_ID = TimeConfiguration.ZONE.getId();
    /** Europe/Warsaw since 1996 (EU summer time rules): CEST from the last Sunday of March, CET from October's. */
    private static final String[] TIMEZONE = {
        "BEGIN:VTIMEZONE", "TZID:" + ZONE_ID,
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"};

    /** What the event says, in the reader's language. */
    public record Texts(String summary, String description, String location) {
    }

    private CalendarFile() {
    }

    /** The "Dodaj do kalendarza" file: a plain copy of the event. */
    public static String of(VisitDetails visit, Texts texts) {
        return of(visit, Method.PUBLISH, texts, null, visit.version(), visit.createdAt());
    }

    /** Where the visit takes place, as the reader reads the office's name and room. */
    public static String location(VisitDetails visit, Locale reader) {
        return visit.office().name(reader) + ", " + visit.office().address() + ", " + visit.office().room(reader);
    }

    /**
     * The event with a method. An invitation or cancellation names the organiser (the portal's sender address);
     * {@code stamp} is when this version was made.
     */
    public static String of(VisitDetails visit, Method method, Texts texts, String organizerEmail, long sequence,
            Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Wizyty//Umawianie wizyt//PL");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method.name());
        for (String timezoneLine : TIMEZONE) {
            line(out, timezoneLine);
        }
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid(visit));
        line(out, "SEQUENCE:" + sequence);
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART;TZID=" + ZONE_ID + ":" + local(visit.startsAt()));
        line(out, "DTEND;TZID=" + ZONE_ID + ":" + local(visit.endsAt()));
        line(out, "SUMMARY:" + escape(texts.summary()));
        line(out, "DESCRIPTION:" + escape(texts.description()));
        line(out, "LOCATION:" + escape(texts.location()));
        if (organizerEmail != null) {
            line(out, "ORGANIZER:mailto:" + organizerEmail);
            line(out, "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:" + visit.contactEmail());
        }
        line(out, "STATUS:" + (method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
        line(out, "TRANSP:OPAQUE");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    public static String fileName(VisitDetails visit) {
        return "wizyta-" + visit.bookingNumber() + ".ics";
    }

    /** One UID per visit for all its versions: the booking number never changes. */
    static String uid(VisitDetails visit) {
        return visit.bookingNumber() + "@wizyty";
    }

    private static String local(Instant instant) {
        return LOCAL.format(instant.atZone(TimeConfiguration.ZONE));
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded so that no physical line exceeds 75 octets (the leading space counts). */
    static void line(StringBuilder out, String content) {
        out.append(fold(content)).append(CRLF);
    }

    static String fold(String content) {
        StringBuilder folded = new StringBuilder();
        int limit = LINE_OCTETS;
        int used = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int octets = character.getBytes(StandardCharsets.UTF_8).length;
            if (used + octets > limit) {
                folded.append(CRLF).append(' ');
                limit = LINE_OCTETS - 1;
                used = 0;
            }
            folded.append(character);
            used += octets;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
