package pl.wizyty.account;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wizyty.security.Roles;

/**
 * The load harness's virtual residents: {@code wizyty.bench.residents} accounts {@code mieszkaniec.N@bench.example.pl}
 * with the demo password, created at start in the {@code loadbench} profile only (never in production: the profile
 * is the harness's). One hash is computed and shared, so that creating them costs no sign-in capacity.
 */
@Component
@Profile("loadbench")
@Order(2)
class BenchResidents implements ApplicationRunner {

    static final String DOMAIN = "@bench.example.pl";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final int count;

    BenchResidents(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${wizyty.bench.residents:200}") int count) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.count = count;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = passwordEncoder.encode(DemoAccounts.DEMO_PASSWORD);
        for (int i = 1; i <= count; i++) {
            String email = "mieszkaniec." + i + DOMAIN;
            if (!accounts.existsByEmail(email)) {
                UserAccount resident = new UserAccount(email, "Mieszkaniec", "Testowy " + i, null, hash,
                        Roles.RESIDENT, clock.instant());
                resident.confirmEmail(clock.instant());
                accounts.save(resident);
            }
        }
    }
}
