package pl.wizyty.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import pl.wizyty.base.ContactRules;
import pl.wizyty.base.PolishMobileNumber;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TextRules;
import pl.wizyty.security.Roles;

/** A person who signs in: a resident who registered, or a clerk or admin whom an admin created. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int EMAIL_MAX = ContactRules.EMAIL_MAX;
    public static final int NAME_MAX = 100;
    public static final int PHONE_MAX = ContactRules.PHONE_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = EMAIL_MAX, unique = true)
    private String email;

    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @Column(length = PHONE_MAX)
    private String phone;

    /** Where texts about visits go (E.164), only while the resident has opted in; see {@link #optInToSms}. */
    @Column(name = "sms_phone", length = PolishMobileNumber.E164_LENGTH)
    private String smsPhone;

    @Column(name = "sms_opt_in", nullable = false)
    private boolean smsOptIn;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false, length = 20)
    private String role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The offices a clerk works for; a clerk sees and acts on these offices' visits only. */
    @ElementCollection
    @CollectionTable(name = "staff_office", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "office_id")
    private Set<Long> officeIds = new HashSet<>();
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_at")
    private Instant lockedAt;

    /** The language of e-mails to this person ("pl" or "en"). */
    @Column(nullable = false, length = 5)
    private String language = "pl";

    /** Search keys for the clerk's "Szukaj", kept by the account itself (see {@link #refreshSearchKeys}). */
    @Column(name = "last_name_key", length = NAME_MAX)
    private String lastNameKey;

    @Column(name = "first_name_key", length = NAME_MAX)
    private String firstNameKey;

    @Column(name = "phone_key", length = PHONE_MAX)
    private String phoneKey;

    /** False for a resident the office recorded, until the person registers with its e-mail. */
    @Column(nullable = false)
    private boolean claimed = true;

    /**
     * When the owner of the address proved it (the link after registration, or a password reset by e-mail); null
     * until then. An account without it cannot sign in, so it cannot book.
     */
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    /** Which messages about visits the resident wants; see {@link MessageChoices}. */
    @Column(name = "email_moved", nullable = false)
    private boolean emailMoved = true;

    @Column(name = "email_cancelled", nullable = false)
    private boolean emailCancelled = true;

    @Column(name = "email_reminder", nullable = false)
    private boolean emailReminder = true;

    @Column(name = "sms_booked", nullable = false)
    private boolean smsBooked = true;

    @Column(name = "sms_moved", nullable = false)
    private boolean smsMoved = true;

    @Column(name = "sms_cancelled", nullable = false)
    private boolean smsCancelled = true;

    @Column(name = "sms_reminder", nullable = false)
    private boolean smsReminder = true;

    @Version
    private long version;

    protected UserAccount() {
    }

    /**
     * A resident the office records for a caller or a walk-in: a name plus a phone or an e-mail (checked by the
     * caller), and a password nobody knows, so nobody can sign in with it until the person registers.
     */
    static UserAccount recordedByOffice(String email, String firstName, String lastName, String phone,
            String unknownPasswordHash, Instant now) {
        UserAccount account = new UserAccount();
        account.email = email == null || email.isBlank() ? null : normalizeEmail(email);
        account.firstName = requireText(firstName);
        account.lastName = requireText(lastName);
        account.phone = phone == null || phone.isBlank() ? null : phone.strip();
        account.passwordHash = Objects.requireNonNull(unknownPasswordHash);
        account.role = Roles.RESIDENT;
        account.createdAt = Objects.requireNonNull(now);
        account.claimed = false;
        return account;
    }

    /**
     * The person registers with the e-mail of a record the office made, or sets a password for it with a reset link:
     * it becomes their account, visits and all, with the names and phone the office recorded (the person can sign in
     * only once the address is confirmed).
     */
    void claim(String newPasswordHash) {
        if (claimed) {
            throw new IllegalStateException("Already claimed");
        }
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.claimed = true;
    }

    public boolean isClaimed() {
        return claimed;
    }

    /** The owner of the address proved it; the first proof is kept. */
    void confirmEmail(Instant now) {
        if (email == null) {
            throw new IllegalStateException("No e-mail address to confirm");
        }
        if (emailConfirmedAt == null) {
            emailConfirmedAt = Objects.requireNonNull(now);
        }
    }

    public boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    /** A registration with this address that is waiting for its link: a claimed account not confirmed yet. */
    boolean awaitsConfirmation() {
        return claimed && emailConfirmedAt == null && enabled;
    }

    MessageChoices getMessageChoices() {
        return new MessageChoices(emailMoved, emailCancelled, emailReminder, smsBooked, smsMoved, smsCancelled,
                smsReminder);
    }

    void chooseMessages(MessageChoices choices) {
        if (isStaff()) {
            throw new IllegalStateException("Messages about visits are for residents");
        }
        emailMoved = choices.emailMoved();
        emailCancelled = choices.emailCancelled();
        emailReminder = choices.emailReminder();
        smsBooked = choices.smsBooked();
        smsMoved = choices.smsMoved();
        smsCancelled = choices.smsCancelled();
        smsReminder = choices.smsReminder();
    }

    public UserAccount(String email, String firstName, String lastName, String phone, String passwordHash,
            String role, Instant createdAt) {
        if (!ContactRules.isEmail(normalizeEmail(email))) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
        if (!TextRules.isCleanLine(firstName) || !TextRules.isCleanLine(lastName) || !TextRules.isCleanLine(phone)) {
            throw new IllegalArgumentException("Invisible or control character in a name or phone");
        }
        this.email = normalizeEmail(email);
        this.firstName = requireText(firstName);
        this.lastName = requireText(lastName);
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        if (!Roles.RESIDENT.equals(role) && !Roles.CLERK.equals(role) && !Roles.ADMIN.equals(role)) {
            throw new IllegalArgumentException("Unknown role " + role);
        }
        this.role = role;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** An admin changes a staff member's details; the e-mail, used to sign in, stays. */
    void changeStaffDetails(String newFirstName, String newLastName, String newPhone, String newRole) {
        if (Roles.RESIDENT.equals(role)) {
            throw new IllegalStateException("Not a staff account");
        }
        if (!Roles.CLERK.equals(newRole) && !Roles.ADMIN.equals(newRole)) {
            throw RuleViolation.onField("role", "account.role.invalid");
        }
        this.firstName = requireText(newFirstName);
        this.lastName = requireText(newLastName);
        this.phone = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
        this.role = newRole;
    }

    void assignOffices(Set<Long> offices) {
        officeIds.clear();
        officeIds.addAll(offices);
    }

    @PrePersist
    @PreUpdate
    void refreshSearchKeys() {
        lastNameKey = nameKey(lastName);
        firstNameKey = nameKey(firstName);
        phoneKey = phoneKey(phone);
    }

    /** A name as searched: lower case, spaces around dropped. */
    public static String nameKey(String name) {
        return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    /** A phone as searched: its last nine digits, so "+48 600 100 200" and "600-100-200" are the same number. */
    public static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : digits.substring(Math.max(0, digits.length() - 9));
    }

    public Set<Long> getOfficeIds() {
        return Set.copyOf(officeIds);
    }

    public long getVersion() {
        return version;
    }

    /** E-mail addresses are compared without regard to case or surrounding spaces. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String requireText(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Required text is missing");
        }
        return value.strip();
    }

    /**
     * Counts a failed sign-in. A clerk's or admin's account locks at {@code lockAfter} failures in a row and stays
     * locked until an admin unlocks it; a resident's never locks (the sign-in backoff slows guessing instead, and a
     * lock would let anyone shut a resident out). True when this failure locked the account.
     */
    boolean recordFailedSignIn(int lockAfter, Instant now) {
        if (!isStaff()) {
            return false;
        }
        failedSignIns++;
        if (lockedAt == null && failedSignIns >= lockAfter) {
            lockedAt = now;
            return true;
        }
        return false;
    }

    /** The right password: the count of failures in a row starts again. */
    void recordSignIn() {
        if (failedSignIns != 0) {
            failedSignIns = 0;
        }
    }

    /** An admin lets a locked account sign in again; false when it was not locked. */
    boolean unlock() {
        boolean wasLocked = lockedAt != null;
        lockedAt = null;
        failedSignIns = 0;
        return wasLocked;
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    void chooseLanguage(Locale locale) {
        this.language = Locale.ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? "en" : "pl";
    }

    public String getLanguage() {
        return language;
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    public boolean isStaff() {
        return Roles.CLERK.equals(role) || Roles.ADMIN.equals(role);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getPhone() {
        return phone;
    }

    /** A resident asks for texts about their visits at this number; staff accounts get none. */
    void optInToSms(PolishMobileNumber number) {
        if (isStaff()) {
            throw new IllegalStateException("Texts about visits are for residents");
        }
        this.smsPhone = Objects.requireNonNull(number).e164();
        this.smsOptIn = true;
    }

    /** Withdrawing the consent also forgets the number: nothing else uses it. */
    void optOutOfSms() {
        this.smsPhone = null;
        this.smsOptIn = false;
    }

    /** The number to text about visits, while the resident has opted in. */
    public Optional<PolishMobileNumber> getSmsRecipient() {
        return smsOptIn ? PolishMobileNumber.parse(smsPhone) : Optional.empty();
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof UserAccount other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return UserAccount.class.hashCode();
    }
}
