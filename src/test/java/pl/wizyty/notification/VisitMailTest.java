package pl.wizyty.notification;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestData;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;
import pl.wizyty.visit.DeskService;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitService;

/**
 * The e-mails about a visit, through the real write path, the outbox and a real SMTP server (GreenMail): each
 * arrives once, in the resident's language, with the visit's facts, the link to Moje wizyty and a calendar part
 * that a calendar library reads.
 */
@IntegrationTest
class VisitMailTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 7, 0);
    static final Instant WEDNESDAY_NINE = LocalDateTime.of(2026, 12, 9, 9, 0).atZone(TimeConfiguration.ZONE)
            .toInstant();
    static final Instant THURSDAY_TEN = LocalDateTime.of(2026, 12, 10, 10, 0).atZone(TimeConfiguration.ZONE)
            .toInstant();

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @Autowired
    BookingService booking;
    @Autowired
    VisitService visits;
    @Autowired
    DeskService desk;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;
    @Autowired
    MutableClock clock;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    JdbcTemplate jdbc;

    private ScheduleFixtures.Setup office;
    private String contact;

    @BeforeEach
    void standStill() {
        clock.set(NOW);
        OutboxTesting.parkOthers(jdbc);
        office = fixtures.weekdayOffice(1);
        contact = TestData.uniqueEmail("kontakt");
    }

    @AfterEach
    void reset() {
        clock.reset();
        TestSecurity.signOut();
    }

    @Test
    void a_booking_is_confirmed_once_in_polish_with_its_facts_link_and_calendar_invitation() {
        SignedInUser anna = residents.create("anna");
        VisitDetails visit = book(anna, WEDNESDAY_NINE);

        delivery.deliverDue();
        delivery.deliverDue();

        List<Mailbox.Mail> mails = Mailbox.to(smtp, contact);
        assertThat(mails).hasSize(1);
        Mailbox.Mail mail = mails.getFirst();
        assertThat(mail.subject()).contains("Wizyta umówiona", visit.bookingNumber(), "09:00");
        assertThat(mail.text()).contains("Dzień dobry", "Numer wizyty: " + visit.bookingNumber(),
                "Godzina: 09:00", "środa, 9 grudnia 2026", "Wydział: " + visit.office().name(),
                "Adres: " + visit.office().address(), "Pokój: " + visit.office().room(), "Co zabrać: ",
                "https://wizyty.example.pl/moje-wizyty/" + visit.bookingNumber());
        assertThat(mail.html()).contains("<html lang=\"pl\">", "href=\"https://wizyty.example.pl/moje-wizyty/"
                + visit.bookingNumber() + "\"").doesNotContain("<img", "<script");
        assertThat(mail.messageId()).startsWith("<outbox-");
        assertThat(mail.calendarContentType()).contains("method=request");
        VEvent event = event(mail.calendar(), "REQUEST");
        assertThat(event.getUid().getValue()).isEqualTo(visit.bookingNumber() + "@wizyty");
        assertThat(event.getDateStart().getValue().getTime()).isEqualTo(Date.from(WEDNESDAY_NINE).getTime());
        assertThat(event.getSequence().getValue()).isEqualTo((int) visit.version());
    }

    @Test
    void an_english_resident_reads_the_confirmation_in_english() {
        fixtures.inEnglish(office);
        SignedInUser john = residents.create("john", Locale.ENGLISH);
        VisitDetails visit = book(john, WEDNESDAY_NINE);

        delivery.deliverDue();

        Mailbox.Mail mail = single();
        assertThat(mail.subject()).contains("Visit booked", visit.bookingNumber());
        assertThat(mail.text()).contains("Hello", "Visit number: " + visit.bookingNumber(),
                "Wednesday, 9 December 2026", "Test matter", "Test Department", "room 1", "What to bring: ID card")
                .doesNotContain("Dzień dobry", "Sprawa testowa", "Wydział Testowy");
        assertThat(event(mail.calendar(), "REQUEST").getLocation().getValue())
                .isEqualTo("Test Department, ul. Testowa 1, 00-001 Test, room 1");
        assertThat(mail.html()).contains("<html lang=\"en\">");
    }

    @Test
    void a_move_tells_old_and_new_date_and_updates_the_same_calendar_event() {
        SignedInUser anna = residents.create("anna");
        VisitDetails visit = book(anna, WEDNESDAY_NINE);
        delivery.deliverDue();
        VisitDetails moved = TestSecurity.as(anna, () -> visits.reschedule(visit.id(), visit.version(),
                THURSDAY_TEN));

        delivery.deliverDue();

        List<Mailbox.Mail> mails = Mailbox.to(smtp, contact);
        assertThat(mails).hasSize(2);
        Mailbox.Mail change = mails.get(1);
        assertThat(change.subject()).contains("Zmiana terminu", visit.bookingNumber(), "10:00");
        assertThat(change.text()).contains("było środa, 9 grudnia 2026, 09:00", "jest czwartek, 10 grudnia 2026, 10:00");
        VEvent first = event(mails.get(0).calendar(), "REQUEST");
        VEvent second = event(change.calendar(), "REQUEST");
        assertThat(second.getUid().getValue()).isEqualTo(first.getUid().getValue());
        assertThat(second.getSequence().getValue()).isGreaterThan(first.getSequence().getValue());
        assertThat(second.getDateStart().getValue().getTime()).isEqualTo(Date.from(THURSDAY_TEN).getTime());
        assertThat(moved.startsAt()).isEqualTo(THURSDAY_TEN);
    }

    @Test
    void the_office_cancelling_gives_its_reason_and_a_calendar_cancellation() {
        SignedInUser anna = residents.create("anna");
        SignedInUser clerk = residents.clerk("clerk", office.officeId());
        VisitDetails visit = book(anna, WEDNESDAY_NINE);
        delivery.deliverDue();
        TestSecurity.as(clerk, () -> {
            desk.cancelOnBehalf(visit.id(), visit.version(), "Awaria systemu w wydziale");
            return null;
        });

        delivery.deliverDue();

        List<Mailbox.Mail> mails = Mailbox.to(smtp, contact);
        assertThat(mails).hasSize(2);
        Mailbox.Mail cancel = mails.get(1);
        assertThat(cancel.subject()).contains("Wizyta odwołana", visit.bookingNumber());
        assertThat(cancel.text()).contains("Urząd odwołał", "Awaria systemu w wydziale");
        assertThat(cancel.calendarContentType()).contains("method=cancel");
        VEvent event = event(cancel.calendar(), "CANCEL");
        assertThat(event.getUid().getValue()).isEqualTo(visit.bookingNumber() + "@wizyty");
        assertThat(event.getSequence().getValue())
                .isGreaterThan(event(mails.get(0).calendar(), "REQUEST").getSequence().getValue());
    }

    @Test
    void a_resident_cancelling_is_told_without_an_office_reason() {
        SignedInUser anna = residents.create("anna");
        VisitDetails visit = book(anna, WEDNESDAY_NINE);
        TestSecurity.as(anna, () -> visits.cancel(visit.id(), visit.version(), "Nie zdążę"));

        delivery.deliverDue();

        List<Mailbox.Mail> mails = Mailbox.to(smtp, contact);
        assertThat(mails).extracting(Mailbox.Mail::subject)
                .anySatisfy(subject -> assertThat(subject).contains("Wizyta odwołana"));
        Mailbox.Mail cancel = mails.stream().filter(mail -> mail.subject().contains("odwołana")).findFirst()
                .orElseThrow();
        assertThat(cancel.text()).contains("na Twoją prośbę").doesNotContain("Powód", "Nie zdążę");
    }

    private VisitDetails book(SignedInUser resident, Instant start) {
        String number = TestSecurity.as(resident, () -> booking.book(new BookingRequest(office.matterId(),
                office.officeId(), start, contact, null, null, null)));
        return TestSecurity.as(resident, () -> visits.myVisitByNumber(number));
    }

    private Mailbox.Mail single() {
        List<Mailbox.Mail> mails = Mailbox.to(smtp, contact);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    static VEvent event(String ics, String method) {
        assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:Europe/Warsaw");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        ICalendar calendar = Biweekly.parse(ics).first();
        assertThat(calendar).isNotNull();
        assertThat(calendar.getMethod().getValue()).isEqualTo(method);
        assertThat(calendar.getEvents()).hasSize(1);
        return calendar.getEvents().getFirst();
    }
}
