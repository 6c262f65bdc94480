package pl.wizyty.audit;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;

/**
 * The audit trail: every sign-in, staff action and change of the town hall's set-up, with who and when. Each entry
 * is a row admins can read and one line in the application log that carries ids only, never names or addresses.
 * An entry joins the caller's transaction, so it commits with the change it records.
 */
@Service
public class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger("audit");

    private final AuditRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action of whoever is signed in (or of nobody, e.g. a failed sign-in). */
    @Transactional
    public void record(AuditAction action, String subjectType, Long subjectId, String details) {
        recordAs(currentUser.get().map(SignedInUser::accountId).orElse(null), action, subjectType, subjectId, details);
    }

    /** Records an action of a known account that is not (yet) the signed-in one, e.g. a sign-in. */
    @Transactional
    public void recordAs(Long actorId, AuditAction action, String subjectType, Long subjectId, String details) {
        entries.save(new AuditEntry(clock.instant(), actorId, action, subjectType, subjectId, details));
        LOG.info("audit action={} actor={} subject={}:{}", action, actorId, subjectType, subjectId);
    }

    /** One page of the trail, newest first, optionally narrowed to an action and a subject. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<AuditRecord> search(AuditAction action, String subjectType, Long subjectId, Pageable page) {
        return entries.search(action, subjectType, subjectId, page);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public long count(AuditAction action, String subjectType, Long subjectId) {
        return entries.countSearch(action, subjectType, subjectId);
    }
}
