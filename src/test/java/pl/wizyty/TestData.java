package pl.wizyty;

import java.util.UUID;
import pl.wizyty.account.NewAccount;

/** Data that never collides with what other tests (or an earlier run on the same PostgreSQL) left behind. */
public final class TestData {

    public static final String PASSWORD = "Bezpieczne-Haslo-7";

    private TestData() {
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.pl";
    }

    public static NewAccount newAccount(String email) {
        NewAccount form = new NewAccount();
        form.setFirstName("Zofia");
        form.setLastName("Testowa");
        form.setEmail(email);
        form.setPhone("+48 600 000 000");
        form.setPassword(PASSWORD);
        return form;
    }
}
