package pl.wizyty.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestData;
import pl.wizyty.TestSecurity;
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;

/**
 * Password guessing through the sign-in form's authentication: a backoff after five failures that even the right
 * password cannot pass, the same answer for an e-mail without an account, a lock for staff after ten, and the
 * audit trail of it all. Each test uses its own client address, so the address's own limit stays out of the way
 * unless the test is about it.
 */
@IntegrationTest
class SignInThrottleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 9, 0);

    @Autowired
    AuthenticationManager signIn;
    @Autowired
    Residents residents;
    @Autowired
    AccountService accountService;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private final String address = "10.13." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(256);

    @BeforeEach
    void standStill() {
        clock.set(NOW);
    }

    @AfterEach
    void reset() {
        clock.reset();
        TestSecurity.signOut();
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_until_the_backoff_passes() {
        SignedInUser anna = residents.create("guess");
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(anna.email(), "zle-haslo-1")))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt(anna.email(), "zle-haslo-1")))
                .as("the fifth failure starts the backoff")
                .isInstanceOf(SignInBackoffException.class);

        Instant retryAt = backoffOf(() -> signIn.authenticate(attempt(anna.email(), TestData.PASSWORD)));
        assertThat(retryAt).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        clock.set(retryAt.minusSeconds(1));
        assertThatThrownBy(() -> signIn.authenticate(attempt(anna.email(), TestData.PASSWORD)))
                .isInstanceOf(SignInBackoffException.class);

        clock.set(retryAt);
        Authentication signedIn = signIn.authenticate(attempt(anna.email(), TestData.PASSWORD));
        assertThat(((SignedInUser) signedIn.getPrincipal()).accountId()).isEqualTo(anna.accountId());
        assertThat(actions(anna.accountId())).containsExactly("SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_LOCKED", "SIGN_IN");
    }

    @Test
    void an_email_without_an_account_gets_the_same_answer_at_the_same_moment() {
        SignedInUser anna = residents.create("same");
        String nobody = TestData.uniqueEmail("nikt");
        for (int i = 1; i <= 5; i++) {
            Class<?> forAnna = failureOf(() -> signIn.authenticate(attempt(anna.email(), "zle-haslo-1")));
            Class<?> forNobody = failureOf(() -> signIn.authenticate(attempt(nobody, "zle-haslo-1")));
            assertThat(forNobody).as("failure %d", i).isEqualTo(forAnna);
        }
        assertThat(backoffOf(() -> signIn.authenticate(attempt(nobody, "zle-haslo-1"))))
                .isEqualTo(backoffOf(() -> signIn.authenticate(attempt(anna.email(), TestData.PASSWORD))));
    }

    @Test
    void one_client_address_guessing_across_many_accounts_is_held_back() {
        for (int i = 0; i < 30; i++) {
            String victim = TestData.uniqueEmail("spray");
            failureOf(() -> signIn.authenticate(attempt(victim, "Haslo-2026!")));
        }
        SignedInUser fresh = residents.create("fresh");

        assertThatThrownBy(() -> signIn.authenticate(attempt(fresh.email(), TestData.PASSWORD)))
                .isInstanceOf(SignInBackoffException.class);
    }

    @Test
    void a_staff_account_locks_after_ten_failures_in_a_row_until_an_admin_unlocks_it() {
        SignedInUser clerk = residents.clerk("lock");
        for (int i = 1; i <= 10; i++) {
            failureOf(() -> signIn.authenticate(attempt(clerk.email(), "zle-haslo-1")));
            clock.set(clock.instant().plus(Duration.ofMinutes(10)));
        }

        assertThatThrownBy(() -> signIn.authenticate(attempt(clerk.email(), TestData.PASSWORD)))
                .isInstanceOf(LockedException.class);
        clock.set(clock.instant().plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> signIn.authenticate(attempt(clerk.email(), TestData.PASSWORD)))
                .as("a lock does not pass with time").isInstanceOf(LockedException.class);

        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_" + Roles.ADMIN));
        accountService.unlock(clerk.accountId());
        TestSecurity.signOut();
        assertThat(signIn.authenticate(attempt(clerk.email(), TestData.PASSWORD)).isAuthenticated()).isTrue();
        assertThat(actions(clerk.accountId())).contains("ACCOUNT_LOCKED", "ACCOUNT_UNLOCKED", "SIGN_IN")
                .filteredOn("ACCOUNT_LOCKED"::equals).hasSize(1);
    }

    @Test
    void a_resident_never_locks_however_many_failures() {
        SignedInUser anna = residents.create("nolock");
        for (int i = 1; i <= 12; i++) {
            failureOf(() -> signIn.authenticate(attempt(anna.email(), "zle-haslo-1")));
            clock.set(clock.instant().plus(Duration.ofMinutes(10)));
        }

        assertThat(signIn.authenticate(attempt(anna.email(), TestData.PASSWORD)).isAuthenticated()).isTrue();
    }

    private Authentication attempt(String email, String password) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email,
                password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private List<String> actions(long accountId) {
        return jdbc.queryForList("select action from audit_entry where subject_type = 'account' and subject_id = ?"
                + " order by id", String.class, accountId).stream()
                .filter(action -> action.startsWith("SIGN_") || action.startsWith("ACCOUNT_")).toList();
    }

    private static Class<?> failureOf(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e.getClass();
        }
        throw new AssertionError("The sign-in was not refused");
    }

    private static Instant backoffOf(Runnable action) {
        try {
            action.run();
        } catch (SignInBackoffException backoff) {
            return backoff.retryAt();
        }
        throw new AssertionError("No backoff");
    }
}
