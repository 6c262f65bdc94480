package pl.wizyty.visit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pl.wizyty.account.AccountProfile;
import pl.wizyty.account.AccountService;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.schedule.FreeSlot;
import pl.wizyty.schedule.MatterInfo;
import pl.wizyty.schedule.OfficeMatters;
import pl.wizyty.schedule.ScheduleService;
import pl.wizyty.schedule.SlotService;

/**
 * Visits for the demo residents, so that Moje wizyty and the calendar are not empty: upcoming, past and cancelled
 * ones for Anna Nowak, and other residents' visits that take some of the free slots. They are booked and cancelled
 * through the visits' one write path, under the same rules as any resident. Demo profile only, once.
 */
@Component
@Profile("demo")
@Order(3)
class DemoVisits implements ApplicationRunner {

    private final VisitRepository visits;
    private final VisitChanges changes;
    private final SlotService slots;
    private final ScheduleService schedule;
    private final AccountService accounts;
    private final BookingProperties properties;
    private final Clock clock;
    private final Map<Long, Instant> lastEnd = new HashMap<>();

    DemoVisits(VisitRepository visits, VisitChanges changes, SlotService slots, ScheduleService schedule,
            AccountService accounts, BookingProperties properties, Clock clock) {
        this.visits = visits;
        this.changes = changes;
        this.slots = slots;
        this.schedule = schedule;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (visits.count() > 0) {
            return;
        }
        List<OfficeMatters> catalogue = schedule.bookableCatalogue("");
        AccountProfile anna = accounts.profileByEmail("anna.nowak@example.pl").orElse(null);
        AccountProfile jan = accounts.profileByEmail("jan.kowalski@example.pl").orElse(null);
        AccountProfile maria = accounts.profileByEmail("maria.wisniewska@example.pl").orElse(null);
        if (catalogue.isEmpty() || anna == null || jan == null || maria == null) {
            return;
        }
        OfficeMatters first = catalogue.getFirst();
        OfficeMatters last = catalogue.getLast();
        MatterInfo idCard = first.matters().getFirst();
        MatterInfo other = last.matters().getFirst();
        Instant now = clock.instant();

        book(anna, idCard, first, at(14 * -1, 10), now.minus(Duration.ofDays(21)), null);
        book(anna, idCard, first, at(3, 9), now, "Wózek inwalidzki – proszę o stanowisko na parterze");
        book(anna, other, last, at(6, 9), now, null);
        Visit cancelled = book(anna, other, last, at(9, 9), now, null);
        changes.cancel(cancelled.getId(), cancelled.getVersion(), "Zmiana planów", Acting.resident(anna.id()),
                VisitScope.ownedBy(anna.id()));
        book(jan, idCard, first, at(2, 9), now, null);
        int hour = 9;
        for (OfficeMatters group : catalogue) {
            for (MatterInfo matter : group.matters()) {
                if (visits.countActive(maria.id(), now, -1) < properties.maxActiveTotal()) {
                    book(maria, matter, group, at(1, hour++), now, null);
                }
            }
        }
    }

    private Instant at(int daysAhead, int hour) {
        return LocalDate.now(clock).plusDays(daysAhead).atTime(LocalTime.of(hour, 0))
                .atZone(TimeConfiguration.ZONE).toInstant();
    }

    /**
     * Books the nearest free slot after the given moment, as of {@code now}; never before the resident's previous demo
     * visit ends, so that weekends and holidays that push two visits onto one day cannot make them overlap.
     */
    private Visit book(AccountProfile who, MatterInfo matter, OfficeMatters group, Instant after, Instant now,
            String needs) {
        long officeId = group.office().id();
        Instant notBefore = lastEnd.getOrDefault(who.id(), after);
        Instant from = notBefore.isAfter(after) ? notBefore : after;
        FreeSlot slot = slots.nearestFreeSlots(matter.id(), officeId, from, 1, now).getFirst();
        lastEnd.put(who.id(), slot.end());
        BookingRequest request = new BookingRequest(matter.id(), officeId, slot.start(), who.email(), who.phone(),
                null, needs);
        return changes.book(who.id(), request, Acting.resident(who.id()), now);
    }
}
