package pl.wizyty.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.base.ContactRules;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TextRules;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.base.TranslationProvider;
import pl.wizyty.security.AccountSessions;
import pl.wizyty.security.ClientAddress;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;
import pl.wizyty.security.Throttle;
import pl.wizyty.security.Throttles;

/**
 * Registration of residents (see {@link EmailConfirmationService} for the address check), staff accounts by an admin (create, unlock, disable, enable), one's own profile and
 * password. Every change is audited.
 */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Throttles throttles;
    private final ClientAddress clientAddress;
    private final AuditLog audit;
    private final AccountSessions sessions;
    private final EmailConfirmationService confirmations;
    private final ApplicationEventPublisher events;
    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            Clock clock, Throttles throttles, ClientAddress clientAddress, AuditLog audit, AccountSessions sessions,
            EmailConfirmationService confirmations, ApplicationEventPublisher events) {
        this.confirmations = confirmations;
        this.events = events;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.throttles = throttles;
        this.clientAddress = clientAddress;
        this.audit = audit;
        this.sessions = sessions;
    }

    /**
     * A resident registers themselves. Anyone may call this, and the answer is the same whether or not the address
     * already has an account: a new account (or the office's record of this person, now claimed) waits for its owner
     * to confirm the address with the link we e-mail; the owner of a taken address gets an e-mail saying that
     * someone tried to register with it. The password is hashed on both paths, so neither the words nor the time
     * tell them apart. Attempts that pass the form's rules are limited per e-mail address and per client address.
     */
    @Transactional
    public void register(NewAccount form) {
        validate(form);
        String address = clientAddress.current().orElse(null);
        String email = UserAccount.normalizeEmail(form.getEmail());
        Throttle.Verdict verdict = throttles.registration().take(email, address);
        if (verdict.exhausted()) {
            audit.record(AuditAction.THROTTLED, "registration", null, address == null ? null : "address=" + address);
        }
        if (!verdict.allowed()) {
            throw new RuleViolation("account.registration.throttled",
                    TimeConfiguration.minuteAfter(verdict.retryAt().orElseThrow()));
        }
        String passwordHash = passwordEncoder.encode(form.getPassword());
        Optional<UserAccount> existing = accounts.findByEmailForUpdate(email);
        if (existing.isPresent() && (existing.get().isClaimed() || existing.get().isEmailConfirmed())) {
            UserAccount owner = existing.get();
            events.publishEvent(new RegistrationAttempted(owner.getId(), owner.getEmail(),
                    TranslationProvider.supported(Locale.of(owner.getLanguage()))));
            audit.recordAs(owner.getId(), AuditAction.REGISTRATION_REPEATED, SignInRecords.SUBJECT, owner.getId(),
                    address == null ? null : "address=" + address);
            return;
        }
        UserAccount account;
        if (existing.isPresent()) {
            account = existing.get();
            // Only the password and language until the address is confirmed: the office's names and phone for this
            // person stay as the clerk recorded them, whoever typed this form.
            account.claim(passwordHash);
            account.chooseLanguage(form.getLanguage());
            accounts.saveAndFlush(account);
            audit.recordAs(account.getId(), AuditAction.REGISTERED, SignInRecords.SUBJECT, account.getId(),
                    "claimed the office's record");
        } else {
            account = insert(form, Roles.RESIDENT, passwordHash);
            audit.recordAs(account.getId(), AuditAction.REGISTERED, SignInRecords.SUBJECT, account.getId(), null);
        }
        confirmations.sendLink(account);
    }

    /** An admin creates a clerk's or another admin's account. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public long createStaff(NewAccount form, String role) {
        if (!Roles.CLERK.equals(role) && !Roles.ADMIN.equals(role)) {
            throw RuleViolation.onField("role", "account.role.invalid");
        }
        validate(form);
        UserAccount account = insert(form, role, passwordEncoder.encode(form.getPassword()));
        // The admin typed the address of a colleague; there is no one to confirm it to.
        account.confirmEmail(clock.instant());
        audit.record(AuditAction.STAFF_CREATED, SignInRecords.SUBJECT, account.getId(), role);
        return account.getId();
    }

    /** An admin lets a staff account that locked after failed sign-ins sign in again. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void unlock(long accountId) {
        UserAccount account = accounts.findByIdForUpdate(accountId).orElseThrow(AccountService::notFound);
        if (account.unlock()) {
            audit.record(AuditAction.ACCOUNT_UNLOCKED, SignInRecords.SUBJECT, accountId, null);
        }
    }

    /** An admin disables an account: it can no longer sign in, and every open session of it ends now. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void disable(long accountId) {
        UserAccount account = accounts.findByIdForUpdate(accountId).orElseThrow(AccountService::notFound);
        account.disable();
        audit.record(account.isStaff() ? AuditAction.STAFF_DISABLED : AuditAction.ACCOUNT_DISABLED,
                SignInRecords.SUBJECT, accountId, null);
        sessions.endAll(accountId);
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void enable(long accountId) {
        UserAccount account = accounts.findByIdForUpdate(accountId).orElseThrow(AccountService::notFound);
        account.enable();
        audit.record(account.isStaff() ? AuditAction.STAFF_ENABLED : AuditAction.ACCOUNT_ENABLED,
                SignInRecords.SUBJECT, accountId, null);
    }

    /**
     * The signed-in person changes their password, giving the current one. Every other session of theirs ends (a
     * stolen session does not outlive the change); the one they are using stays.
     */
    @Transactional
    @PermitAll
    public void changeMyPassword(String currentPassword, String newPassword, String currentSessionId) {
        long me = currentUser.require().accountId();
        UserAccount account = accounts.findByIdForUpdate(me).orElseThrow(AccountService::notFound);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw RuleViolation.onField("currentPassword", "account.password.currentWrong");
        }
        passwordPolicy.check(newPassword, account.getEmail()).ifPresent(key -> {
            throw RuleViolation.onField("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        audit.record(AuditAction.PASSWORD_CHANGED, SignInRecords.SUBJECT, me, null);
        sessions.endAllBut(me, currentSessionId);
    }

    /** Staff accounts, newest first unless a sort is asked for, so that paging is stable. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public Page<AccountProfile> staff(Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
        return accounts.findByRoleIn(List.of(Roles.CLERK, Roles.ADMIN), ordered).map(AccountProfile::of);
    }

    /** The signed-in person's own profile. */
    @Transactional(readOnly = true)
    @PermitAll
    public AccountProfile myProfile() {
        return accounts.findById(currentUser.require().accountId()).map(AccountProfile::of).orElseThrow();
    }

    /** An account's profile by e-mail, for start-up tasks such as the demo data. */
    @Transactional(readOnly = true)
    public Optional<AccountProfile> profileByEmail(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email)).map(AccountProfile::of);
    }

    /**
     * A new account. Staff e-mails are checked here, with a message an admin may see; a resident's registration
     * came here only after finding no account with the address, so a clash means one registering at the same moment,
     * answered with a neutral "try again".
     */
    private UserAccount insert(NewAccount form, String role, String passwordHash) {
        String email = UserAccount.normalizeEmail(form.getEmail());
        if (!Roles.RESIDENT.equals(role) && accounts.existsByEmail(email)) {
            throw RuleViolation.onField("email", "account.email.taken");
        }
        UserAccount account = new UserAccount(email, form.getFirstName(), form.getLastName(), form.getPhone(),
                passwordHash, role, clock.instant());
        account.chooseLanguage(form.getLanguage());
        try {
            return accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException raceOnSameEmail) {
            throw Roles.RESIDENT.equals(role) ? new RuleViolation("account.registration.tryAgain")
                    : RuleViolation.onField("email", "account.email.taken");
        }
    }

    /** Checks every field and reports every broken rule at once, at most one per field, in the form's order. */
    private void validate(NewAccount form) {
        List<RuleViolation> broken = new ArrayList<>();
        check(broken, () -> {
            TextRules.requireCleanLine("firstName", form.getFirstName());
            requireText("firstName", form.getFirstName(), UserAccount.NAME_MAX);
        });
        check(broken, () -> {
            TextRules.requireCleanLine("lastName", form.getLastName());
            requireText("lastName", form.getLastName(), UserAccount.NAME_MAX);
        });
        String email = form.getEmail() == null ? "" : form.getEmail().strip();
        check(broken, () -> {
            TextRules.requireCleanLine("email", form.getEmail());
            if (email.isEmpty()) {
                throw RuleViolation.onField("email", "validation.required");
            }
            if (!ContactRules.isEmail(email)) {
                throw RuleViolation.onField("email", "account.email.invalid");
            }
        });
        check(broken, () -> {
            TextRules.requireCleanLine("phone", form.getPhone());
            String phone = form.getPhone();
            if (phone != null && !phone.isBlank() && !ContactRules.isPhone(phone.strip())) {
                throw RuleViolation.onField("phone", "account.phone.invalid");
            }
        });
        check(broken, () -> passwordPolicy.check(form.getPassword(), email).ifPresent(key -> {
            throw RuleViolation.onField("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        }));
        check(broken, () -> {
            if (form.getPasswordRepeat() != null && !form.getPasswordRepeat().equals(form.getPassword())) {
                throw RuleViolation.onField("passwordRepeat", "registration.passwordMismatch");
            }
        });
        if (!broken.isEmpty()) {
            throw RuleViolation.all(broken);
        }
    }

    private static void check(List<RuleViolation> broken, Runnable rule) {
        try {
            rule.run();
        } catch (RuleViolation violation) {
            broken.add(violation);
        }
    }

    private static RuleViolation notFound() {
        return new RuleViolation("account.notFound");
    }

    private static void requireText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.onField(field, "validation.required");
        }
        if (value.strip().length() > max) {
            throw RuleViolation.onField(field, "validation.tooLong", max);
        }
    }
}
