package pl.wizyty.account;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.base.TranslationProvider;

/**
 * What features that act for the system (the notification outbox) may read of an account, with no person signed
 * in to check: the language to write to them in. Not for views.
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
}
