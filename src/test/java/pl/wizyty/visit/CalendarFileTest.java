package pl.wizyty.visit;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.schedule.MatterInfo;
import pl.wizyty.schedule.OfficeInfo;

/** The one calendar code of "Dodaj do kalendarza" and of the e-mails. */
class CalendarFileTest {

    static final Instant SUMMER_NINE = LocalDateTime.of(2027, 7, 14, 9, 0).atZone(TimeConfiguration.ZONE)
            .toInstant();

    @Test
    void lines_are_folded_at_75_octets_without_splitting_a_polish_letter_and_unfold_to_the_text() {
        String description = "Zażółć gęślą jaźń. ".repeat(12).strip();
        String ics = CalendarFile.of(visit(), new CalendarFile.Texts("Wizyta w urzędzie: Wymiana prawa jazdy", description,
                "Wydział Komunikacji"));

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(line);
        }
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        VEvent event = Biweekly.parse(ics).first().getEvents().getFirst();
        assertThat(event.getDescription().getValue()).isEqualTo(description);
    }

    @Test
    void the_download_has_a_warsaw_timezone_so_a_summer_visit_stays_at_nine_local_time() {
        String ics = CalendarFile.of(visit(), new CalendarFile.Texts("Wizyta", "Opis", "Wydział Komunikacji"));

        ICalendar calendar = Biweekly.parse(ics).first();
        assertThat(calendar.getMethod().getValue()).isEqualTo("PUBLISH");
        List<VTimezone> zones = List.copyOf(calendar.getTimezoneInfo().getComponents());
        assertThat(zones).hasSize(1);
        assertThat(zones.getFirst().getTimezoneId().getValue()).isEqualTo("Europe/Warsaw");
        assertThat(ics).contains("DTSTART;TZID=Europe/Warsaw:20270714T090000");
        VEvent event = calendar.getEvents().getFirst();
        assertThat(event.getDateStart().getValue().getTime()).isEqualTo(SUMMER_NINE.toEpochMilli());
        assertThat(event.getUid().getValue()).isEqualTo("AK-7Q4M2@wizyty");
    }

    @Test
    void an_invitation_names_organizer_and_attendee_and_a_cancellation_is_cancelled() {
        CalendarFile.Texts texts = new CalendarFile.Texts("Wizyta", "Opis; z przecinkiem, i średnikiem",
                "Wydział Komunikacji");
        String request = CalendarFile.of(visit(), CalendarFile.Method.REQUEST, texts, "wizyty@example.pl", 3,
                SUMMER_NINE);
        String cancel = CalendarFile.of(visit(), CalendarFile.Method.CANCEL, texts, "wizyty@example.pl", 4,
                SUMMER_NINE);

        VEvent invited = Biweekly.parse(request).first().getEvents().getFirst();
        assertThat(invited.getOrganizer().getEmail()).isEqualTo("wizyty@example.pl");
        assertThat(invited.getAttendees()).extracting(attendee -> attendee.getEmail()).containsExactly("anna@example.pl");
        assertThat(invited.getSequence().getValue()).isEqualTo(3);
        assertThat(invited.getDescription().getValue()).isEqualTo("Opis; z przecinkiem, i średnikiem");
        ICalendar cancelled = Biweekly.parse(cancel).first();
        assertThat(cancelled.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(cancelled.getEvents().getFirst().getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getEvents().getFirst().getSequence().getValue()).isEqualTo(4);
    }

    private static VisitDetails visit() {
        return new VisitDetails(7, "AK-7Q4M2", new MatterInfo(1, "Wymiana prawa jazdy", null, 30,
                List.of("Dowód osobisty", "Zdjęcie"), true, 24, 30, null, null, List.of()),
                new OfficeInfo(2, "Wydział Komunikacji", "ul. Słowackiego 12, 87-700 Aleksandrów Kujawski",
                        "pokój 14, parter", null, null, null, null, null, null),
                SUMMER_NINE, SUMMER_NINE.plusSeconds(1800), VisitState.UPCOMING, "anna@example.pl", null, null, null,
                SUMMER_NINE.minusSeconds(86_400), null, null, null, true, 2, List.of());
    }
}
