package pl.wizyty.account;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.base.ContactRules;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TextRules;
import pl.wizyty.security.Roles;

/**
 * The clerk finds a resident by e-mail, phone or name, for the search and for booking on a caller's behalf. Each
 * kind of text is one indexed lookup: the e-mail (unique), the phone's last nine digits, the name's lower-case keys
 * (surname first, or first name; "Anna Nowak" and "Nowak Anna" both find her).
 */
@Service
@RolesAllowed({Roles.CLERK, Roles.ADMIN})
public class ResidentDirectory {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ResidentDirectory(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** A resident by id; another kind of account (or none) is "not found". */
    @Transactional(readOnly = true)
    public ResidentCard resident(long id) {
        return accounts.findById(id).filter(account -> Roles.RESIDENT.equals(account.getRole()))
                .map(ResidentCard::of).orElseThrow(() -> new RuleViolation("desk.resident.notFound"));
    }

    /**
     * Records a resident who phones or walks in: first and last name, and a phone or an e-mail. An e-mail that an
     * account already has is refused (the clerk searches for it instead). The person claims the record by registering
     * with the same e-mail.
     */
    @Transactional
    public ResidentCard record(NewResident form) {
        TextRules.requireCleanLine("firstName", form.firstName());
        TextRules.requireCleanLine("lastName", form.lastName());
        TextRules.requireCleanLine("email", form.email());
        TextRules.requireCleanLine("phone", form.phone());
        requireName("firstName", form.firstName());
        requireName("lastName", form.lastName());
        String email = blankToNull(form.email());
        String phone = blankToNull(form.phone());
        if (email == null && phone == null) {
            throw RuleViolation.onField("phone", "desk.resident.contactRequired");
        }
        if (email != null && !ContactRules.isEmail(email)) {
            throw RuleViolation.onField("email", "account.email.invalid");
        }
        if (phone != null && !ContactRules.isPhone(phone)) {
            throw RuleViolation.onField("phone", "account.phone.invalid");
        }
        if (email != null && accounts.existsByEmail(UserAccount.normalizeEmail(email))) {
            throw RuleViolation.onField("email", "desk.resident.emailTaken");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        UserAccount account = UserAccount.recordedByOffice(email, form.firstName(), form.lastName(), phone,
                passwordEncoder.encode(HexFormat.of().formatHex(secret)), clock.instant());
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException raceOnSameEmail) {
            throw RuleViolation.onField("email", "desk.resident.emailTaken");
        }
        audit.record(AuditAction.REGISTERED, SignInRecords.SUBJECT, account.getId(), "recorded by the office");
        return ResidentCard.of(account);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requireName(String field, String value) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.onField(field, "validation.required");
        }
        if (value.strip().length() > UserAccount.NAME_MAX) {
            throw RuleViolation.onField(field, "validation.tooLong", UserAccount.NAME_MAX);
        }
    }

    @Transactional(readOnly = true)
    public List<ResidentCard> find(String text, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        PageRequest page = PageRequest.of(0, limit);
        if (typed.contains("@")) {
            return accounts.findByEmail(UserAccount.normalizeEmail(typed))
                    .filter(account -> Roles.RESIDENT.equals(account.getRole())).map(ResidentCard::of)
                    .stream().toList();
        }
        if (typed.matches("[0-9+()\\-. ]+")) {
            String key = UserAccount.phoneKey(typed);
            return key == null || key.length() < 6 ? List.of()
                    : cards(accounts.findResidentsByPhoneKey(key, page));
        }
        String[] words = UserAccount.nameKey(typed).split("\\s+", 2);
        Map<Long, ResidentCard> found = new LinkedHashMap<>();
        if (words.length == 2) {
            add(found, accounts.findResidentsByName(like(words[1]), like(words[0]), page));
            add(found, accounts.findResidentsByName(like(words[0]), like(words[1]), page));
        } else {
            add(found, accounts.findResidentsByName(like(words[0]), "%", page));
            add(found, accounts.findResidentsByFirstName(like(words[0]), page));
        }
        return found.values().stream().limit(limit).toList();
    }

    private static void add(Map<Long, ResidentCard> found, List<UserAccount> accounts) {
        accounts.forEach(account -> found.putIfAbsent(account.getId(), ResidentCard.of(account)));
    }

    private static List<ResidentCard> cards(List<UserAccount> accounts) {
        return accounts.stream().map(ResidentCard::of).toList();
    }

    private static String like(String prefix) {
        return prefix.replace("%", "").replace("_", "") + "%";
    }
}
