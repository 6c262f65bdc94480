package pl.wizyty.booking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.schedule.FreeSlot;
import pl.wizyty.schedule.Matter;
import pl.wizyty.schedule.Office;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;

/**
 * Booking a visit. The slot check in Java only picks a desk; what really keeps two people out of one slot is the
 * primary key of the slot holds. Each desk is tried in a transaction of its own, so a desk taken a moment ago
 * rolls back cleanly and the next one is tried; when none is left the resident gets the nearest free times.
 */
@Service
public class BookingService {

    static final int ALTERNATIVES = 5;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{7,25}$");

    private final VisitRepository visits;
    private final VisitEventRepository events;
    private final SlotService slots;
    private final BookingNumbers numbers;
    private final BookingProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;
    private final EntityManager entityManager;

    BookingService(VisitRepository visits, VisitEventRepository events, SlotService slots, BookingNumbers numbers,
            BookingProperties properties, CurrentUser currentUser, Clock clock,
            PlatformTransactionManager transactionManager, EntityManager entityManager) {
        this.visits = visits;
        this.events = events;
        this.slots = slots;
        this.numbers = numbers;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactionManager);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Books the visit for the signed-in resident and returns its booking number. */
    @RolesAllowed(Roles.RESIDENT)
    public String book(BookingRequest request) {
        SignedInUser resident = currentUser.require();
        validateContact(request);
        List<Long> desks = readOnly.execute(
                status -> slots.requireFreeDesks(request.matterId(), request.officeId(), request.start()));
        for (Long desk : desks) {
            try {
                return writing.execute(status -> bookOnDesk(resident, request, desk));
            } catch (DataIntegrityViolationException deskTakenMeanwhile) {
                // Someone else holds this desk now; the transaction rolled back, so try the next desk.
            }
        }
        throw new SlotTakenException(alternatives(request.matterId(), request.officeId(), request.start()));
    }

    /** The nearest free times for a matter after the given one, to offer when the chosen one is gone. */
    public List<FreeSlot> alternatives(long matterId, long officeId, Instant after) {
        Instant from = after.isAfter(clock.instant()) ? after : clock.instant();
        return readOnly.execute(status -> slots.nearestFreeSlots(matterId, officeId, from, ALTERNATIVES));
    }

    private String bookOnDesk(SignedInUser resident, BookingRequest request, long deskId) {
        Instant now = clock.instant();
        visits.lockResident(resident.accountId());
        Instant end = request.start().plus(slots.visitLength(request.matterId(), request.officeId()));
        if (visits.countActiveForMatter(resident.accountId(), request.matterId(), now, -1)
                >= properties.maxActivePerMatter()) {
            throw new RuleViolation("booking.limit.perMatter", properties.maxActivePerMatter());
        }
        if (visits.countOverlapping(resident.accountId(), request.start(), end, -1) > 0) {
            throw new RuleViolation("booking.overlap");
        }
        String number = numbers.next();
        while (visits.existsByBookingNumber(number)) {
            number = numbers.next();
        }
        Visit visit = new Visit(number, resident.accountId(),
                entityManager.getReference(Matter.class, request.matterId()),
                entityManager.getReference(Office.class, request.officeId()), deskId, request.start(), end,
                request.contactEmail().strip(), request.contactPhone(), request.note(), request.accessibilityNeeds(),
                now);
        visits.saveAndFlush(visit);
        slots.hold(deskId, request.matterId(), request.officeId(), request.start(), visit.getId());
        events.save(new VisitEvent(visit.getId(), now, resident.accountId(), Actor.RESIDENT, VisitEventKind.BOOKED,
                null, request.start(), null));
        return number;
    }

    private static void validateContact(BookingRequest request) {
        String email = request.contactEmail() == null ? "" : request.contactEmail().strip();
        if (email.isEmpty() || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw RuleViolation.onField("contactEmail", "booking.contact.emailInvalid");
        }
        String phone = request.contactPhone();
        if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
            throw RuleViolation.onField("contactPhone", "booking.contact.phoneInvalid");
        }
        requireAtMost("note", request.note(), Visit.NOTE_MAX, "booking.note.tooLong");
        requireAtMost("accessibilityNeeds", request.accessibilityNeeds(), Visit.ACCESSIBILITY_MAX,
                "booking.accessibility.tooLong");
    }

    private static void requireAtMost(String field, String text, int max, String messageKey) {
        int length = text == null ? 0 : text.strip().length();
        if (length > max) {
            throw RuleViolation.onField(field, messageKey, max, length);
        }
    }
}
