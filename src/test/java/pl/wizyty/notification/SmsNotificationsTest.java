package pl.wizyty.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
import pl.wizyty.account.SmsSettingsService;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.notification.sms.SmsResult;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitService;

/**
 * A resident who opted in to texts gets each visit message also as one SMS, written in the same transaction as the
 * change and delivered by the outbox like e-mail: retried when the gateway says it may pass, failed at once when it
 * will not; the SMS reminder is withdrawn with the visit. A resident who did not opt in gets no SMS at all.
 */
@IntegrationTest
class SmsNotificationsTest {

    static final LocalDateTime MONDAY_SEVEN = LocalDateTime.of(2026, 12, 7, 7, 0);
    static final Instant WEDNESDAY_NINE = LocalDateTime.of(2026, 12, 9, 9, 0).atZone(TimeConfiguration.ZONE)
            .toInstant();

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @Autowired
    BookingService booking;
    @Autowired
    VisitService visits;
    @Autowired
    SmsSettingsService smsSettings;
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
    RecordingSmsGateway gateway;
    @Autowired
    JdbcTemplate jdbc;

    private ScheduleFixtures.Setup office;
    private SignedInUser anna;
    private String phone;

    @BeforeEach
    void aResidentWhoOptedIn() {
        clock.set(MONDAY_SEVEN);
        OutboxTesting.parkOthers(jdbc);
        office = fixtures.weekdayOffice(1);
        anna = residents.create("anna-sms");
        String local = "60" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        phone = "+48" + local;
        TestSecurity.as(anna, () -> smsSettings.optIn(local));
    }

    @AfterEach
    void reset() {
        clock.reset();
        TestSecurity.signOut();
    }

    @Test
    void the_booking_is_texted_once_and_its_sms_reminder_is_planned_24_hours_before() {
        VisitDetails visit = book(anna);

        delivery.deliverDue();
        delivery.deliverDue();

        assertThat(gateway.to(phone)).singleElement().satisfies(text -> {
            assertThat(text.text()).contains(visit.bookingNumber(), "09:00");
            assertThat(text.text().length()).as("one SMS").isLessThanOrEqualTo(160);
        });
        OutboxMessage reminder = outbox.findByDedupKey(VisitMessages.SMS_REMINDER_KEY + visit.id()).orElseThrow();
        assertThat(reminder.getChannel()).isEqualTo(Channel.SMS);
        assertThat(reminder.getDueAt()).isEqualTo(WEDNESDAY_NINE.minus(Duration.ofHours(24)));
        assertThat(reminder.getStatus()).isEqualTo(MessageStatus.PENDING);
    }

    @Test
    void a_cancelled_visit_is_texted_and_its_sms_reminder_withdrawn() {
        VisitDetails visit = book(anna);
        TestSecurity.as(anna, () -> visits.cancel(visit.id(), visit.version(), null));

        delivery.deliverDue();
        clock.set(WEDNESDAY_NINE.minus(Duration.ofHours(23)));
        delivery.deliverDue();

        assertThat(gateway.to(phone)).hasSize(2);
        assertThat(gateway.to(phone).get(1).text()).contains(visit.bookingNumber());
        assertThat(outbox.findByDedupKey(VisitMessages.SMS_REMINDER_KEY + visit.id()).orElseThrow().getStatus())
                .isEqualTo(MessageStatus.WITHDRAWN);
    }

    @Test
    void a_failure_the_gateway_calls_passing_is_retried_and_a_final_one_is_not() {
        VisitDetails visit = book(anna);
        gateway.failNext(new SmsResult.RetryableFailure("HTTP 503"));

        delivery.deliverDue();
        OutboxMessage text = smsOf(visit);
        assertThat(text.getStatus()).isEqualTo(MessageStatus.PENDING);
        assertThat(text.getAttempts()).isEqualTo(1);
        assertThat(text.getLastError()).contains("HTTP 503");
        assertThat(gateway.to(phone)).isEmpty();

        clock.set(text.getNextAttemptAt());
        delivery.deliverDue();
        assertThat(smsOf(visit).getStatus()).isEqualTo(MessageStatus.SENT);
        assertThat(gateway.to(phone)).hasSize(1);

        TestSecurity.as(anna, () -> visits.cancel(visit.id(), visits.myVisitByNumber(visit.bookingNumber())
                .version(), null));
        gateway.failNext(new SmsResult.PermanentFailure("HTTP 400 invalid number"));
        delivery.deliverDue();
        OutboxMessage cancellation = outbox.findByVisitIdAndKind(visit.id(), MessageKind.VISIT_CANCELLED).stream()
                .filter(message -> message.getChannel() == Channel.SMS).findFirst().orElseThrow();
        assertThat(cancellation.getStatus()).isEqualTo(MessageStatus.FAILED);
        assertThat(cancellation.getAttempts()).isEqualTo(1);
    }

    @Test
    void a_resident_who_did_not_opt_in_gets_no_sms() {
        SignedInUser jan = residents.create("jan-bez-sms");
        VisitDetails visit = book(jan);

        delivery.deliverDue();

        List<OutboxMessage> messages = outbox.findByVisitIdAndKind(visit.id(), MessageKind.VISIT_BOOKED);
        assertThat(messages).extracting(OutboxMessage::getChannel).containsExactly(Channel.EMAIL);
        assertThat(outbox.findByDedupKey(VisitMessages.SMS_REMINDER_KEY + visit.id())).isEmpty();
    }

    private VisitDetails book(SignedInUser who) {
        String number = TestSecurity.as(who, () -> booking.book(new BookingRequest(office.matterId(),
                office.officeId(), WEDNESDAY_NINE, TestData.uniqueEmail("sms"), null, null, null)));
        return TestSecurity.as(who, () -> visits.myVisitByNumber(number));
    }

    private OutboxMessage smsOf(VisitDetails visit) {
        return outbox.findByVisitIdAndKind(visit.id(), MessageKind.VISIT_BOOKED).stream()
                .filter(message -> message.getChannel() == Channel.SMS).findFirst().orElseThrow();
    }
}
