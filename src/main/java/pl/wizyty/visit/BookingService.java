package pl.wizyty.visit;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.security.ClientAddress;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;
import pl.wizyty.security.Throttle;
import pl.wizyty.security.Throttles;

/**
 * Booking a visit for the signed-in resident. The rules (limits, overlap, the slot plan, who holds the slot) are the
 * write path's; what really keeps two people out of one slot is the slot-hold key, so when the chosen time was taken
 * a moment ago the resident gets the nearest free times instead. How fast one account (and one client address) may
 * book is throttled here, before the write path, so a script cannot fill the calendar.
 */
@Service
public class BookingService {

    private final VisitChanges changes;
    private final CurrentUser currentUser;
    private final Throttle throttle;
    private final ClientAddress clientAddress;
    private final AuditLog audit;

    @Autowired
    BookingService(VisitChanges changes, CurrentUser currentUser, Throttles throttles, ClientAddress clientAddress,
            AuditLog audit) {
        this(changes, currentUser, throttles.booking(), clientAddress, audit);
    }

    /** With a throttle of its own, for tests of the limit. */
    BookingService(VisitChanges changes, CurrentUser currentUser, Throttle throttle, ClientAddress clientAddress,
            AuditLog audit) {
        this.changes = changes;
        this.currentUser = currentUser;
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.audit = audit;
    }

    /** Books the visit for the signed-in resident and returns its booking number. */
    @RolesAllowed(Roles.RESIDENT)
    public String book(BookingRequest request) {
        long me = currentUser.require().accountId();
        String address = clientAddress.current().orElse(null);
        Throttle.Verdict verdict = throttle.take("account:" + me, address);
        if (verdict.exhausted()) {
            audit.recordAs(me, AuditAction.THROTTLED, "booking", me, address == null ? null : "address=" + address);
        }
        if (!verdict.allowed()) {
            throw new RuleViolation("booking.throttled", TimeConfiguration.minuteAfter(verdict.retryAt().orElseThrow()));
        }
        return changes.book(me, request, Acting.resident(me)).getBookingNumber();
    }
}
