package pl.wizyty.visit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.schedule.MatterInfo;
import pl.wizyty.schedule.OfficeInfo;

/**
 * A visit as listeners of {@link VisitChanged} read it (the notification outbox), inside the transaction of the
 * change, without a person to check: the event already says whose visit it is. Not for views; they use the
 * services, which check who is asking. History is left out.
 */
@Component
public class VisitFacts {

    private final VisitRepository visits;
    private final BookingProperties properties;
    private final Clock clock;

    VisitFacts(VisitRepository visits, BookingProperties properties, Clock clock) {
        this.visits = visits;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<VisitDetails> of(long visitId) {
        Instant now = clock.instant();
        return visits.findWithDetails(visitId).map(visit -> new VisitDetails(visit.getId(), visit.getBookingNumber(),
                MatterInfo.of(visit.getMatter()), OfficeInfo.of(visit.getOffice()), visit.getStartsAt(),
                visit.getEndsAt(), visit.state(now), visit.getContactEmail(), visit.getContactPhone(), visit.getNote(),
                visit.getAccessibilityNeeds(), visit.getCreatedAt(), visit.getCancelledAt(), visit.getCancelReason(),
                visit.getCancelledBy(), visit.isChangeableByResident(now, properties.changeCutoff()),
                visit.getVersion(), List.of()));
    }
}
