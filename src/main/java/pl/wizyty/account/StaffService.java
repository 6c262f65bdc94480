package pl.wizyty.account;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.base.ContactRules;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.security.AccountSessions;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;

/**
 * "Pracownicy": an admin edits staff accounts, disables them (they can no longer sign in) and assigns clerks to
 * offices (a password link is {@link PasswordResetService#sendLinkToStaff}). Which offices a clerk may see is answered
 * here for every other service.
 */
@Service
public class StaffService {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final AccountSessions sessions;

    StaffService(UserAccountRepository accounts, CurrentUser currentUser, AuditLog audit, AccountSessions sessions) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<StaffMember> staff(String search, Pageable page) {
        return accounts.searchStaff(like(search), page).stream().map(StaffMember::of).toList();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public long countStaff(String search) {
        return accounts.countStaff(like(search));
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public StaffMember member(long id) {
        return StaffMember.of(staffAccount(id));
    }

    /** Changes name, phone, role and offices; the e-mail stays, since the person signs in with it. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void update(StaffMember changed) {
        UserAccount account = staffAccount(changed.id());
        if (account.getVersion() != changed.version()) {
            throw new RuleViolation("admin.stale");
        }
        if (changed.phone() != null && !changed.phone().isBlank() && !ContactRules.isPhone(changed.phone().strip())) {
            throw RuleViolation.onField("phone", "account.phone.invalid");
        }
        requireName("firstName", changed.firstName());
        requireName("lastName", changed.lastName());
        if (account.getId().equals(me()) && !Roles.ADMIN.equals(changed.role())) {
            throw RuleViolation.onField("role", "admin.staff.ownRole");
        }
        account.changeStaffDetails(changed.firstName(), changed.lastName(), changed.phone(), changed.role());
        account.assignOffices(Roles.CLERK.equals(changed.role()) ? changed.officeIds() : Set.of());
        accounts.saveAndFlush(account);
        audit.record(AuditAction.STAFF_CHANGED, "account", account.getId(),
                "role " + changed.role() + ", offices " + account.getOfficeIds());
    }

    /** Disables (it can no longer sign in, its sessions end) or enables a staff account; never one's own. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void setEnabled(long id, boolean enabled) {
        UserAccount account = staffAccount(id);
        if (account.getId().equals(me())) {
            throw new RuleViolation("admin.staff.ownAccount");
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
            sessions.endAll(id);
        }
        audit.record(enabled ? AuditAction.STAFF_ENABLED : AuditAction.STAFF_DISABLED, "account", id, null);
    }

    /**
     * The offices whose visits this person may see and change: every office for an admin (empty set with
     * {@code all} true), the assigned ones for a clerk.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.CLERK})
    public OfficeAccess myOffices() {
        var me = currentUser.require();
        if (me.hasRole(Roles.ADMIN)) {
            return OfficeAccess.ALL;
        }
        return new OfficeAccess(false, accounts.findById(me.accountId()).map(UserAccount::getOfficeIds)
                .orElse(Set.of()));
    }

    private UserAccount staffAccount(long id) {
        return accounts.findById(id).filter(account -> !Roles.RESIDENT.equals(account.getRole()))
                .orElseThrow(() -> new RuleViolation("admin.notFound"));
    }

    private long me() {
        return currentUser.require().accountId();
    }

    private static void requireName(String field, String value) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.onField(field, "validation.required");
        }
        if (value.strip().length() > UserAccount.NAME_MAX) {
            throw RuleViolation.onField(field, "validation.tooLong", UserAccount.NAME_MAX);
        }
    }

    private static String like(String search) {
        String text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("%", "").replace("_", "") + "%";
    }
}
