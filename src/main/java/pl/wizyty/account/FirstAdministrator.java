package pl.wizyty.account;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.security.Roles;

/**
 * A town hall's first start: with no admin account, one is created from {@code WIZYTY_ADMIN_EMAIL} and
 * {@code WIZYTY_ADMIN_PASSWORD} (environment or properties {@code wizyty.admin.email/password}), under the password
 * policy. Without them every start says how to create one. Never logs the password or the address.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String email;
    private final String password;

    FirstAdministrator(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${wizyty.admin.email:}") String email, @Value("${wizyty.admin.password:}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.email = email;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsByRole(Roles.ADMIN)) {
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            LOG.warn("No administrator account exists. Set WIZYTY_ADMIN_EMAIL and WIZYTY_ADMIN_PASSWORD and restart "
                    + "to create the first one; then sign in at /login and set up the town hall under /admin.");
            return;
        }
        new PasswordPolicy().check(password, email).ifPresent(problem -> {
            throw new IllegalStateException("WIZYTY_ADMIN_PASSWORD does not meet the password policy (" + problem
                    + "): at least " + PasswordPolicy.MIN_LENGTH + " characters with a letter and a non-letter.");
        });
        UserAccount admin = new UserAccount(email, "Administrator", "Portalu", null,
                passwordEncoder.encode(password), Roles.ADMIN, clock.instant());
        // The town hall's own configuration names this address; there is no one to confirm it to.
        admin.confirmEmail(clock.instant());
        accounts.save(admin);
        LOG.info("Created the first administrator account (id {}) from WIZYTY_ADMIN_EMAIL.", admin.getId());
    }
}
