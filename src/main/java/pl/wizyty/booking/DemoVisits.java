package pl.wizyty.booking;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.account.AccountProfile;
import pl.wizyty.account.AccountService;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.schedule.FreeSlot;
import pl.wizyty.schedule.Matter;
import pl.wizyty.schedule.MatterInfo;
import pl.wizyty.schedule.Office;
import pl.wizyty.schedule.OfficeMatters;
import pl.wizyty.schedule.ScheduleService;
import pl.wizyty.schedule.SlotService;

/**
 * Visits for the demo residents, so that Moje wizyty and the calendar are not empty: upcoming, past and cancelled
 * ones for Anna Nowak, and other residents' visits that take some of the free slots. Demo profile only, once.
 */
@Component
@Profile("demo")
@Order(3)
class DemoVisits implements ApplicationRunner {

    private final VisitRepository visits;
    private final VisitEventRepository events;
    private final SlotService slots;
    private final ScheduleService schedule;
    private final AccountService accounts;
    private final BookingNumbers numbers;
    private final Clock clock;
    private final EntityManager entityManager;

    DemoVisits(VisitRepository visits, VisitEventRepository events, SlotService slots, ScheduleService schedule,
            AccountService accounts, BookingNumbers numbers, Clock clock,
            EntityManager entityManager) {
        this.visits = visits;
        this.events = events;
        this.slots = slots;
        this.schedule = schedule;
        this.accounts = accounts;
        this.numbers = numbers;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
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
        Instant now = clock.instant();
        OfficeMatters first = catalogue.getFirst();
        OfficeMatters last = catalogue.getLast();
        MatterInfo idCard = first.matters().getFirst();
        MatterInfo other = last.matters().getFirst();

        upcoming(anna, idCard.id(), first.office().id(), 3, "Wózek inwalidzki – proszę o stanowisko na parterze");
        upcoming(anna, other.id(), last.office().id(), 6, null);
        Visit cancelled = upcoming(anna, other.id(), last.office().id(), 9, null);
        cancelled.cancel("Zmiana planów", Actor.RESIDENT, now, Duration.ZERO);
        slots.release(cancelled.getId());
        events.save(new VisitEvent(cancelled.getId(), now, anna.id(), Actor.RESIDENT, VisitEventKind.CANCELLED,
                cancelled.getStartsAt(), null, cancelled.getCancelReason()));
        past(anna, idCard.id(), first.office().id(), 14);
        upcoming(jan, idCard.id(), first.office().id(), 2, null);
        for (OfficeMatters group : catalogue) {
            for (MatterInfo matter : group.matters()) {
                upcoming(maria, matter.id(), group.office().id(), 1, null);
            }
        }
    }

    private Visit upcoming(AccountProfile who, long matterId, long officeId, int daysAhead, String needs) {
        Instant after = LocalDate.now(clock).plusDays(daysAhead).atTime(LocalTime.of(9, 0))
                .atZone(TimeConfiguration.ZONE).toInstant();
        FreeSlot slot = slots.nearestFreeSlots(matterId, officeId, after, 1).getFirst();
        long desk = slots.requireFreeDesks(matterId, officeId, slot.start()).getFirst();
        Visit visit = save(who, matterId, officeId, desk, slot.start(), slot.end(), needs, clock.instant());
        slots.hold(desk, matterId, officeId, slot.start(), visit.getId());
        return visit;
    }

    private void past(AccountProfile who, long matterId, long officeId, int daysAgo) {
        Instant start = LocalDate.now(clock).minusDays(daysAgo).atTime(LocalTime.of(10, 0))
                .atZone(TimeConfiguration.ZONE).toInstant();
        long desk = slots.desksServing(matterId, officeId).getFirst();
        save(who, matterId, officeId, desk, start, start.plus(slots.visitLength(matterId, officeId)), null,
                start.minus(Duration.ofDays(7)));
    }

    private Visit save(AccountProfile who, long matterId, long officeId, long desk, Instant start, Instant end,
            String needs, Instant bookedAt) {
        Visit visit = visits.saveAndFlush(new Visit(numbers.next(), who.id(),
                entityManager.getReference(Matter.class, matterId), entityManager.getReference(Office.class, officeId),
                desk, start, end, who.email(), who.phone(), null, needs, bookedAt));
        events.save(new VisitEvent(visit.getId(), bookedAt, who.id(), Actor.RESIDENT, VisitEventKind.BOOKED, null,
                start, null));
        return visit;
    }
}
