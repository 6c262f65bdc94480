package pl.wizyty.account;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;

/** A resident chooses which messages about their visits they receive (Moje konto); only their own, audited. */
@Service
public class MessageChoiceService {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    MessageChoiceService(UserAccountRepository accounts, CurrentUser currentUser, AuditLog audit) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.RESIDENT)
    public MessageChoices mine() {
        return accounts.findById(me()).map(UserAccount::getMessageChoices)
                .orElseThrow(() -> new RuleViolation("account.notFound"));
    }

    @Transactional
    @RolesAllowed(Roles.RESIDENT)
    public void chooseMine(MessageChoices choices) {
        UserAccount account = accounts.findByIdForUpdate(me())
                .orElseThrow(() -> new RuleViolation("account.notFound"));
        account.chooseMessages(choices);
        audit.record(AuditAction.MESSAGES_CHOSEN, SignInRecords.SUBJECT, account.getId(), choices.toString());
    }

    private long me() {
        return currentUser.require().accountId();
    }
}
