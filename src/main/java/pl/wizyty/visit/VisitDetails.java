package pl.wizyty.visit;

import java.time.Instant;
import java.util.List;
import pl.wizyty.schedule.MatterInfo;
import pl.wizyty.schedule.OfficeInfo;

/** Everything about one visit that its resident may read, history included. */
public record VisitDetails(long id, String bookingNumber, MatterInfo matter, OfficeInfo office, Instant startsAt,
        Instant endsAt, VisitState state, String contactEmail, String contactPhone, String note,
        String accessibilityNeeds, Instant createdAt, Instant cancelledAt, String cancelReason, Actor cancelledBy,
        boolean changeable, long version, List<HistoryEntry> history) {

    /** The visit as fetched (matter and office with it) and its history lines. */
    static VisitDetails of(Visit visit, List<HistoryEntry> history, Instant now, boolean changeable) {
        return new VisitDetails(visit.getId(), visit.getBookingNumber(), MatterInfo.of(visit.getMatter()),
                OfficeInfo.of(visit.getOffice()), visit.getStartsAt(), visit.getEndsAt(), visit.state(now),
                visit.getContactEmail(), visit.getContactPhone(), visit.getNote(), visit.getAccessibilityNeeds(),
                visit.getCreatedAt(), visit.getCancelledAt(), visit.getCancelReason(), visit.getCancelledBy(),
                changeable, visit.getVersion(), history);
    }
}
