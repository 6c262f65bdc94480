package pl.wizyty.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestData;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.notification.MessageStatus;
import pl.wizyty.notification.NotificationService;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;

class MessagesViewTest extends BrowserlessTestBase {

    @Autowired
    BookingService booking;
    @Autowired
    NotificationService notifications;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_admin_finds_a_failed_message_reads_it_and_sends_it_again() {
        signInAsNewAdmin();
        String contact = TestData.uniqueEmail("wiadomosci");
        String number = bookFor(contact);
        jdbc.update("update outbox_message set status = 'FAILED', attempts = 12, last_error = 'Connection refused'"
                + " where recipient = ? and kind = 'VISIT_BOOKED'", contact);

        MessagesView view = navigate(MessagesView.class);
        test(view.search).setValue(contact);

        assertThat(test(view.messages).size()).isEqualTo(2);
        int failed = test(view.messages).getCellText(0, 1).equals("Nie udało się wysłać") ? 0 : 1;
        assertThat(test(view.messages).getCellText(failed, 1)).isEqualTo("Nie udało się wysłać");
        assertThat(test(view.messages).getCellText(failed, 2)).isEqualTo(contact);
        assertThat(test(view.messages).getCellText(failed, 3)).contains("Wizyta umówiona", number);
        assertThat(test(view.messages).getCellText(failed, 4)).isEqualTo("12");
        assertThat(test(view.messages).getCellText(failed, 5)).isEqualTo("Connection refused");
        assertThat(test(view.messages).getCellText(1 - failed, 1)).isEqualTo("Czeka na wysłanie");
        assertThat(find(Button.class, test(view.messages).getCellComponent(1 - failed, 6)).single().isEnabled())
                .as("a waiting message is not sent again by hand").isFalse();

        Button resend = find(Button.class, test(view.messages).getCellComponent(failed, 6)).single();
        assertThat(resend.getAriaLabel()).hasValueSatisfying(label ->
                assertThat(label).startsWith("Wyślij ponownie: " + contact));
        test(resend).click();

        assertThat(jdbc.queryForObject("select status from outbox_message where recipient = ? and kind = "
                + "'VISIT_BOOKED'", String.class, contact)).isEqualTo("PENDING");
        assertThat(test(view.messages).getCellText(failed, 1)).isEqualTo("Czeka na wysłanie");
    }

    @Test
    void the_status_filter_shows_only_messages_in_that_state() {
        signInAsNewAdmin();
        String contact = TestData.uniqueEmail("filtr");
        bookFor(contact);
        MessagesView view = navigate(MessagesView.class);
        test(view.search).setValue(contact);
        test(view.status).selectItem("Wysłana");

        assertThat(test(view.messages).size()).isZero();
        test(view.status).selectItem("Czeka na wysłanie");
        assertThat(test(view.messages).size()).isEqualTo(2);
    }

    @Test
    void a_stale_resend_changes_nothing_and_a_resident_cannot_read_messages() {
        signInAsNewAdmin();
        String contact = TestData.uniqueEmail("stary");
        bookFor(contact);
        jdbc.update("update outbox_message set status = 'HELD' where recipient = ?", contact);
        var row = notifications.messages(contact, MessageStatus.HELD, PageRequest.of(0, 5)).getFirst();
        notifications.resend(row.id(), row.version());

        assertThatThrownBy(() -> notifications.resend(row.id(), row.version())).hasMessage("admin.stale");

        signInAsNewResident();
        assertThatThrownBy(() -> notifications.count(null, null)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private String bookFor(String contact) {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice(1);
        SignedInUser resident = residents.create("wiadomosci");
        Instant start = LocalDateTime.of(2026, 12, 9, 9, 0).atZone(TimeConfiguration.ZONE).toInstant();
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        return TestSecurity.as(resident, () -> booking.book(new BookingRequest(office.matterId(), office.officeId(),
                start, contact, null, null, null)));
    }
}
