package pl.wizyty;

import org.springframework.stereotype.Component;
import pl.wizyty.account.AccountService;
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;

/** Creates real resident accounts for tests and gives their signed-in principal. */
@Component
public class Residents {

    private final AccountService accounts;

    Residents(AccountService accounts) {
        this.accounts = accounts;
    }

    public SignedInUser create(String name) {
        String email = TestData.uniqueEmail(name);
        long id = accounts.register(TestData.newAccount(email));
        return new SignedInUser(id, email, "Zofia Testowa", Roles.RESIDENT, "", true);
    }
}
