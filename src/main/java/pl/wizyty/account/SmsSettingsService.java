package pl.wizyty.account;

import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.base.PolishMobileNumber;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TextRules;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;

/**
 * A resident opts in to texts about their visits with a Polish mobile number, or out again. Only for oneself: every
 * change acts on the signed-in resident's own account, and each is audited as the proof of consent (with the number
 * masked). The notifications ask {@link #smsRecipient} whom to text.
 */
@Service
public class SmsSettingsService {

    static final String PHONE_FIELD = "smsPhone";

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final boolean offered;

    SmsSettingsService(UserAccountRepository accounts, CurrentUser currentUser, AuditLog audit,
            @Value("${wizyty.sms.enabled:false}") boolean offered) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.offered = offered;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.RESIDENT)
    public SmsSettings mySettings() {
        UserAccount account = accounts.findById(me()).orElseThrow(SmsSettingsService::notFound);
        return account.getSmsRecipient()
                .map(number -> new SmsSettings(true, number.display(), offered))
                .orElseGet(() -> new SmsSettings(false,
                        PolishMobileNumber.parse(account.getPhone()).map(PolishMobileNumber::display).orElse(null),
                        offered));
    }

    /** Texts about the resident's visits go to this number from now on. */
    @Transactional
    @RolesAllowed(Roles.RESIDENT)
    public SmsSettings optIn(String phone) {
        PolishMobileNumber number = validate(phone);
        UserAccount account = accounts.findByIdForUpdate(me()).orElseThrow(SmsSettingsService::notFound);
        account.optInToSms(number);
        audit.record(AuditAction.SMS_OPT_IN, SignInRecords.SUBJECT, account.getId(), "phone=" + number.masked());
        return new SmsSettings(true, number.display(), offered);
    }

    /** No more texts; the number is forgotten. */
    @Transactional
    @RolesAllowed(Roles.RESIDENT)
    public void optOut() {
        UserAccount account = accounts.findByIdForUpdate(me()).orElseThrow(SmsSettingsService::notFound);
        if (account.getSmsRecipient().isPresent()) {
            account.optOutOfSms();
            audit.record(AuditAction.SMS_OPT_OUT, SignInRecords.SUBJECT, account.getId(), null);
        }
    }

    /**
     * The number (E.164, e.g. {@code +48600100200}) to text about this account's visits, empty unless its owner opted
     * in. For the notifications, which act for nobody signed in.
     */
    @Transactional(readOnly = true)
    public Optional<String> smsRecipient(long accountId) {
        return accounts.findById(accountId).flatMap(UserAccount::getSmsRecipient).map(PolishMobileNumber::e164);
    }

    private static PolishMobileNumber validate(String phone) {
        if (phone == null || phone.isBlank()) {
            throw RuleViolation.onField(PHONE_FIELD, "validation.required");
        }
        TextRules.requireCleanLine(PHONE_FIELD, phone);
        return PolishMobileNumber.parse(phone)
                .orElseThrow(() -> RuleViolation.onField(PHONE_FIELD, "account.sms.phoneInvalid"));
    }

    private long me() {
        return currentUser.require().accountId();
    }

    private static RuleViolation notFound() {
        return new RuleViolation("account.notFound");
    }
}
