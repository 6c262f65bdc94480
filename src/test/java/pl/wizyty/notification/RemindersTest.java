package pl.wizyty.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestData;
import pl.wizyty.TestSecurity;
import pl.wizyty.account.MessageChoiceService;
import pl.wizyty.account.MessageChoices;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitService;

/**
 * Reminders are planned per visit, 24 hours before it: a cancelled visit gets none, a moved one gets it before its
 * new time; a change that rolls back leaves no message; bodies are purged after the retention period.
 */
@IntegrationTest
class RemindersTest {

    static final LocalDateTime MONDAY_SEVEN = LocalDateTime.of(2026, 12, 7, 7, 0);
    static final Instant WEDNESDAY_NINE = at(LocalDateTime.of(2026, 12, 9, 9, 0));
    static final Instant THURSDAY_TEN = at(LocalDateTime.of(2026, 12, 10, 10, 0));

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @Autowired
    BookingService booking;
    @Autowired
    VisitService visits;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;
    @Autowired
    MutableClock clock;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    OutboxPurge purge;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    MessageChoiceService choices;

    private ScheduleFixtures.Setup office;
    private SignedInUser anna;
    private String contact;

    @BeforeEach
    void aResident() {
        clock.set(MONDAY_SEVEN);
        OutboxTesting.parkOthers(jdbc);
        office = fixtures.weekdayOffice(1);
        anna = residents.create("anna");
        contact = TestData.uniqueEmail("przypomnienie");
    }

    @AfterEach
    void reset() {
        clock.reset();
        TestSecurity.signOut();
    }

    @Test
    void the_reminder_goes_out_24_hours_before_the_visit_and_not_earlier() {
        VisitDetails visit = book(WEDNESDAY_NINE);
        deliverAt(WEDNESDAY_NINE.minus(Duration.ofHours(24)).minusSeconds(60));
        assertThat(reminders()).isEmpty();

        deliverAt(WEDNESDAY_NINE.minus(Duration.ofHours(24)));
        deliverAt(WEDNESDAY_NINE.minus(Duration.ofHours(23)));

        assertThat(reminders()).singleElement().satisfies(reminder -> {
            assertThat(reminder.subject()).contains("Przypomnienie", visit.bookingNumber(), "09:00");
            assertThat(reminder.text()).contains("środa, 9 grudnia 2026", "Pokój: ", "odwołaj",
                    "https://wizyty.example.pl/moje-wizyty/" + visit.bookingNumber());
        });
    }

    @Test
    void a_cancelled_visit_gets_no_reminder() {
        VisitDetails visit = book(WEDNESDAY_NINE);
        TestSecurity.as(anna, () -> visits.cancel(visit.id(), visit.version(), null));

        deliverAt(WEDNESDAY_NINE.minus(Duration.ofHours(24)));
        deliverAt(WEDNESDAY_NINE.minus(Duration.ofHours(1)));

        assertThat(reminders()).isEmpty();
        assertThat(outbox.findByDedupKey(VisitMessages.REMINDER_KEY + visit.id()).orElseThrow().getStatus())
                .isEqualTo(MessageStatus.WITHDRAWN);
    }

    @Test
    void a_moved_visit_gets_its_reminder_before_the_new_time_only() {
        VisitDetails visit = book(WEDNESDAY_NINE);
        TestSecurity.as(anna, () -> visits.reschedule(visit.id(), visit.version(), THURSDAY_TEN));

        deliverAt(WEDNESDAY_NINE.minus(Duration.ofHours(24)));
        assertThat(reminders()).as("not at the old time").isEmpty();

        deliverAt(THURSDAY_TEN.minus(Duration.ofHours(24)));

        assertThat(reminders()).singleElement().satisfies(reminder ->
                assertThat(reminder.text()).contains("czwartek, 10 grudnia 2026", "Godzina: 10:00"));
    }

    @Test
    void a_visit_booked_less_than_a_day_ahead_gets_its_confirmation_but_no_reminder() {
        clock.set(LocalDateTime.of(2026, 12, 8, 10, 0));
        book(WEDNESDAY_NINE);

        deliverAt(WEDNESDAY_NINE.minus(Duration.ofHours(1)));

        List<Mailbox.Mail> mails = Mailbox.to(smtp, contact);
        assertThat(mails).singleElement().satisfies(mail -> assertThat(mail.subject()).contains("Wizyta umówiona"));
    }

    @Test
    void a_change_that_rolls_back_leaves_no_message() {
        VisitDetails visit = book(WEDNESDAY_NINE);
        long before = countFor(contact);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            TestSecurity.as(anna, () -> visits.cancel(visit.id(), visit.version(), null));
            assertThat(countFor(contact)).as("written inside the transaction").isEqualTo(before + 1);
            status.setRollbackOnly();
        });

        assertThat(countFor(contact)).isEqualTo(before);
        assertThat(outbox.findByDedupKey(VisitMessages.REMINDER_KEY + visit.id()).orElseThrow().getStatus())
                .isEqualTo(MessageStatus.PENDING);
    }

    @Test
    void bodies_are_purged_after_the_retention_period_but_waiting_messages_keep_theirs() {
        VisitDetails visit = book(WEDNESDAY_NINE);
        deliverAt(clock.instant());

        clock.set(MONDAY_SEVEN.plusDays(29));
        purge.purge();
        assertThat(outbox.findByVisitIdAndKind(visit.id(), MessageKind.VISIT_BOOKED).getFirst().getBodyText())
                .isNotBlank();

        clock.set(MONDAY_SEVEN.plusDays(30).plusMinutes(1));
        jdbc.update("update outbox_message set status = 'PENDING' where dedup_key = ?",
                VisitMessages.REMINDER_KEY + visit.id());
        purge.purge();

        OutboxMessage confirmation = outbox.findByVisitIdAndKind(visit.id(), MessageKind.VISIT_BOOKED).getFirst();
        assertThat(confirmation.getBodyText()).isNull();
        assertThat(confirmation.getBodyHtml()).isNull();
        assertThat(confirmation.getCalendar()).isNull();
        assertThat(confirmation.getPurgedAt()).isNotNull();
        assertThat(confirmation.getRecipient()).isEqualTo(contact);
        assertThat(outbox.findByDedupKey(VisitMessages.REMINDER_KEY + visit.id()).orElseThrow().getBodyText())
                .isNotBlank();
    }

    @Test
    void a_resident_who_turned_off_change_e_mails_and_reminders_gets_the_confirmation_and_the_cancellation_only() {
        TestSecurity.as(anna, () -> {
            choices.chooseMine(new MessageChoices(false, true, false, true, true, true, true));
            return null;
        });
        VisitDetails visit = book(WEDNESDAY_NINE);
        VisitDetails moved = TestSecurity.as(anna, () -> visits.reschedule(visit.id(), visit.version(), THURSDAY_TEN));
        deliverAt(THURSDAY_TEN.minus(Duration.ofHours(24)));
        TestSecurity.as(anna, () -> visits.cancel(moved.id(), moved.version(), null));
        deliverAt(THURSDAY_TEN.minus(Duration.ofHours(23)));

        assertThat(Mailbox.to(smtp, contact)).extracting(Mailbox.Mail::subject).satisfiesExactly(
                subject -> assertThat(subject).contains("Wizyta umówiona"),
                subject -> assertThat(subject).contains("odwołana"));
        assertThat(outbox.findByDedupKey(VisitMessages.REMINDER_KEY + visit.id())).isEmpty();
    }

    private VisitDetails book(Instant start) {
        String number = TestSecurity.as(anna, () -> booking.book(new BookingRequest(office.matterId(),
                office.officeId(), start, contact, null, null, null)));
        return TestSecurity.as(anna, () -> visits.myVisitByNumber(number));
    }

    private void deliverAt(Instant moment) {
        clock.set(moment);
        delivery.deliverDue();
    }

    private List<Mailbox.Mail> reminders() {
        return Mailbox.to(smtp, contact).stream().filter(mail -> mail.subject().startsWith("Przypomnienie"))
                .toList();
    }

    private long countFor(String recipient) {
        return jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Long.class, recipient);
    }

    private static Instant at(LocalDateTime warsaw) {
        return warsaw.atZone(TimeConfiguration.ZONE).toInstant();
    }
}
