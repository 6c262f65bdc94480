package pl.wizyty.account;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.security.Roles;

/** The demo accounts listed in the README, created once in the demo profile only. */
@Component
@Profile("demo")
@Order(1)
class DemoAccounts implements ApplicationRunner {

    static final String DEMO_PASSWORD = "Wizyty2026!";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        create("anna.nowak@example.pl", "Anna", "Nowak", "+48 600 100 200", Roles.RESIDENT);
        create("jan.kowalski@example.pl", "Jan", "Kowalski", "+48 600 100 300", Roles.RESIDENT);
        create("maria.wisniewska@example.pl", "Maria", "Wiśniewska", null, Roles.RESIDENT);
        create("urzednik@example.pl", "Ewa", "Urzędnicza", "+48 54 282 00 10", Roles.CLERK);
        create("admin@example.pl", "Adam", "Administrator", null, Roles.ADMIN);
    }

    private void create(String email, String firstName, String lastName, String phone, String role) {
        if (!accounts.existsByEmail(email)) {
            UserAccount account = new UserAccount(email, firstName, lastName, phone,
                    passwordEncoder.encode(DEMO_PASSWORD), role, clock.instant());
            account.confirmEmail(clock.instant());
            accounts.save(account);
            log.info("Demo account {} ({})", account.getId(), role);
        }
    }
}
