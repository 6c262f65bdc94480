package pl.wizyty.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.base.ContactRules;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TextRules;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;

/** Registration of residents, creation of staff accounts by an admin, and reading one's own profile. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A resident registers themselves. Anyone may call this; it never reveals more than "e-mail taken". */
    @Transactional
    public long register(NewAccount form) {
        return create(form, Roles.RESIDENT);
    }

    /** An admin creates a clerk's or another admin's account. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public long createStaff(NewAccount form, String role) {
        if (!Roles.CLERK.equals(role) && !Roles.ADMIN.equals(role)) {
            throw RuleViolation.onField("role", "account.role.invalid");
        }
        return create(form, role);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public Page<AccountProfile> staff(Pageable pageable) {
        return accounts.findByRoleIn(List.of(Roles.CLERK, Roles.ADMIN), pageable).map(AccountProfile::of);
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

    private long create(NewAccount form, String role) {
        validate(form);
        String email = UserAccount.normalizeEmail(form.getEmail());
        if (accounts.existsByEmail(email)) {
            throw RuleViolation.onField("email", "account.email.taken");
        }
        UserAccount account = new UserAccount(email, form.getFirstName(), form.getLastName(), form.getPhone(),
                passwordEncoder.encode(form.getPassword()), role, clock.instant());
        try {
            return accounts.saveAndFlush(account).getId();
        } catch (DataIntegrityViolationException raceOnSameEmail) {
            throw RuleViolation.onField("email", "account.email.taken");
        }
    }

    private void validate(NewAccount form) {
        TextRules.requireCleanLine("firstName", form.getFirstName());
        TextRules.requireCleanLine("lastName", form.getLastName());
        TextRules.requireCleanLine("email", form.getEmail());
        TextRules.requireCleanLine("phone", form.getPhone());
        requireText("firstName", form.getFirstName(), UserAccount.NAME_MAX);
        requireText("lastName", form.getLastName(), UserAccount.NAME_MAX);
        String email = form.getEmail() == null ? "" : form.getEmail().strip();
        if (email.isEmpty()) {
            throw RuleViolation.onField("email", "validation.required");
        }
        if (!ContactRules.isEmail(email)) {
            throw RuleViolation.onField("email", "account.email.invalid");
        }
        String phone = form.getPhone();
        if (phone != null && !phone.isBlank() && !ContactRules.isPhone(phone.strip())) {
            throw RuleViolation.onField("phone", "account.phone.invalid");
        }
        passwordPolicy.check(form.getPassword(), email).ifPresent(key -> {
            throw RuleViolation.onField("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
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
