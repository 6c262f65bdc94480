package pl.wizyty.account;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.base.TranslationProvider;

/**
 * What features that act for the system (the notification outbox) may read of an account, with no person signed
 * in to check: the language to write to them in, which messages they want, and whether the owner confirmed the
 * address. Not for views.
 */
@Component
public class AccountDirectory {

    private final UserAccountRepository accounts;

    AccountDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account's language, Polish for an unknown account. */
    @Transactional(readOnly = true)
    public Locale language(long accountId) {
        return accounts.findById(accountId).map(account -> TranslationProvider.supported(
                Locale.of(account.getLanguage()))).orElse(TranslationProvider.POLISH);
    }

    /** Which messages about visits the account's owner wants; everything for an unknown account. */
    @Transactional(readOnly = true)
    public MessageChoices messageChoices(long accountId) {
        return accounts.findById(accountId).map(UserAccount::getMessageChoices).orElse(MessageChoices.all());
    }

    /**
     * Whether a resident may act for themselves: the owner of the address confirmed it. The booking rules ask this
     * besides the sign-in, which already refuses such an account.
     */
    @Transactional(readOnly = true)
    public boolean confirmed(long accountId) {
        return accounts.findById(accountId).map(UserAccount::isEmailConfirmed).orElse(false);
    }
}
