package pl.wizyty.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.CannotAcquireLockException;
import pl.wizyty.account.AccountDirectory;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.SeparateTransactions;
import pl.wizyty.schedule.Placement;
import pl.wizyty.schedule.SlotService;

/**
 * Under overload a row lock may not be granted in time (H2's "Timeout trying to lock table" on slot_hold in the
 * 1,000-resident slot release). The booking's transaction rolled back; the person gets "try again", not a generic
 * error.
 */
class BusyDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private static final Instant START = Instant.parse("2026-12-09T08:00:00Z");

    @Test
    void a_lock_not_granted_in_time_is_told_as_try_again() {
        SlotService slots = mock(SlotService.class);
        when(slots.place(1L, 2L, START, NOW)).thenReturn(new Placement(1L, 2L, START,
                START.plus(Duration.ofMinutes(15)), List.of(START), List.of(7L)));
        SeparateTransactions transactions = mock(SeparateTransactions.class);
        when(transactions.inNew(any())).thenThrow(new CannotAcquireLockException("Timeout trying to lock table"));
        AccountDirectory accounts = mock(AccountDirectory.class);
        when(accounts.confirmed(anyLong())).thenReturn(true);
        BookingProperties properties = new BookingProperties(2, 4, Duration.ofHours(2), Duration.ofMinutes(60), "AK");
        VisitChanges changes = new VisitChanges(mock(VisitRepository.class), mock(HistoryRepository.class), slots,
                new BookingNumbers(properties), properties, transactions, mock(ApplicationEventPublisher.class),
                mock(EntityManager.class), accounts, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> changes.book(5L, new BookingRequest(1L, 2L, START, null, null, null, null),
                Acting.resident(5L))).isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("visit.busy"));
    }
}
