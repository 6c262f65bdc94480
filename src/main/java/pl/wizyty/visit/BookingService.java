package pl.wizyty.visit;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;

/**
 * Booking a visit for the signed-in resident. The rules (limits, overlap, the slot plan, who holds the slot) are the
 * write path's; what really keeps two people out of one slot is the slot-hold key, so when the chosen time was taken
 * a moment ago the resident gets the nearest free times instead.
 */
@Service
public class BookingService {

    private final VisitChanges changes;
    private final CurrentUser currentUser;

    BookingService(VisitChanges changes, CurrentUser currentUser) {
        this.changes = changes;
        this.currentUser = currentUser;
    }

    /** Books the visit for the signed-in resident and returns its booking number. */
    @RolesAllowed(Roles.RESIDENT)
    public String book(BookingRequest request) {
        long me = currentUser.require().accountId();
        return changes.book(me, request, Acting.resident(me)).getBookingNumber();
    }
}
