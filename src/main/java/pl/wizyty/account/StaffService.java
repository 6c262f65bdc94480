package pl.wizyty.account;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
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
 * "Pracownicy": an admin edits staff accounts, disables them (they can no longer sign in), gives a one-time password,
 * and assigns clerks to offices. Which offices a clerk may see is answered here for every other service.
 */
@Service
public class StaffService {

    private static final String ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int ONE_TIME_LENGTH = 14;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final AccountSessions sessions;
    private final SecureRandom random = new SecureRandom();

    StaffService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            AuditLog audit, AccountSessions sessions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
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

    /** A new random password, returned once to be handed over; the old one stops working and sessions end. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public String resetPassword(long id) {
        UserAccount account = staffAccount(id);
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            password.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
        }
        password.insert(random.nextInt(ONE_TIME_LENGTH), '-').append(random.nextInt(10));
        account.changePasswordHash(passwordEncoder.encode(password));
        audit.record(AuditAction.STAFF_PASSWORD_RESET, "account", id, null);
        sessions.endAll(id);
        return password.toString();
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
