package pl.wizyty.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.account.PasswordResetService;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.security.SignedInUser;

/** "Nie pamiętasz hasła?" end to end through the outbox and a real SMTP server. */
@IntegrationTest
class PasswordResetMailTest {

    static final Pattern LINK = Pattern.compile("https://wizyty\\.example\\.pl/nowe-haslo\\?token=([A-Za-z0-9_-]+)");
    static final String NEW_PASSWORD = "Zupelnie-Nowe-Haslo-9";

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @Autowired
    PasswordResetService resets;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    Residents residents;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    NotificationService messages;

    @BeforeEach
    void standStill() {
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        OutboxTesting.parkOthers(jdbc);
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void a_known_address_gets_a_one_time_link_that_sets_the_password_once() {
        SignedInUser anna = residents.create("reset");
        resets.requestReset(anna.email().toUpperCase());
        delivery.deliverDue();

        List<Mailbox.Mail> mails = Mailbox.to(smtp, anna.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().subject()).contains("Nowe hasło");
        assertThat(mails.getFirst().html()).contains("<html lang=\"pl\">");
        String token = token(mails.getFirst().text());
        assertThat(jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Long.class, token))
                .as("only the hash is stored").isZero();

        resets.resetPassword(token, NEW_PASSWORD);

        assertThat(passwordEncoder.matches(NEW_PASSWORD, passwordHash(anna))).isTrue();
        assertThatThrownBy(() -> resets.resetPassword(token, "Jeszcze-Inne-Haslo-5"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("passwordReset.invalidLink"));
        assertThat(passwordEncoder.matches(NEW_PASSWORD, passwordHash(anna))).isTrue();
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail() {
        String unknown = "nikt.taki." + System.nanoTime() + "@example.pl";
        resets.requestReset(unknown);
        delivery.deliverDue();

        assertThat(Mailbox.to(smtp, unknown)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Long.class,
                unknown)).isZero();
    }

    @Test
    void the_link_expires_after_30_minutes_and_a_weak_password_is_refused_without_spending_it() {
        SignedInUser anna = residents.create("reset");
        String before = passwordHash(anna);
        resets.requestReset(anna.email());
        delivery.deliverDue();
        String token = token(Mailbox.to(smtp, anna.email()).getFirst().text());

        assertThatThrownBy(() -> resets.resetPassword(token, "krotkie")).isInstanceOf(RuleViolation.class);
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 30));
        assertThatThrownBy(() -> resets.resetPassword(token, NEW_PASSWORD))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("passwordReset.invalidLink"));
        assertThat(passwordHash(anna)).isEqualTo(before);
    }

    @Test
    void asking_too_often_for_one_address_is_throttled_with_the_same_words_for_any_address() {
        String unknown = "czesto." + System.nanoTime() + "@example.pl";
        for (int i = 0; i < 3; i++) {
            resets.requestReset(unknown);
        }
        assertThatThrownBy(() -> resets.requestReset(unknown)).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("passwordReset.throttled"));
    }

    @Test
    void an_admin_sends_a_staff_member_the_same_link_the_old_password_stops_at_once_and_admins_never_see_the_token() {
        SignedInUser admin = residents.admin("reset-admin");
        SignedInUser clerk = residents.clerk("reset-clerk");
        SignedInUser resident = residents.create("reset-nie-pracownik");
        String before = passwordHash(clerk);

        TestSecurity.as(admin, () -> {
            resets.sendLinkToStaff(clerk.accountId());
            return null;
        });
        delivery.deliverDue();

        assertThat(passwordHash(clerk)).isNotEqualTo(before);
        assertThat(passwordEncoder.matches(pl.wizyty.TestData.PASSWORD, passwordHash(clerk))).isFalse();
        String token = token(Mailbox.to(smtp, clerk.email()).getFirst().text());
        resets.resetPassword(token, NEW_PASSWORD);
        assertThat(passwordEncoder.matches(NEW_PASSWORD, passwordHash(clerk))).isTrue();

        List<MessageRow> shown = TestSecurity.as(admin, () -> messages.messages(clerk.email(), null,
                PageRequest.of(0, 10)));
        assertThat(shown).singleElement().satisfies(row -> assertThat(row.body())
                .doesNotContain(token).contains("nowe-haslo?" + MessageRow.HIDDEN_TOKEN));
        assertThatThrownBy(() -> TestSecurity.as(admin, () -> {
            resets.sendLinkToStaff(resident.accountId());
            return null;
        })).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> TestSecurity.as(clerk, () -> {
            resets.sendLinkToStaff(admin.accountId());
            return null;
        })).isInstanceOf(AuthorizationDeniedException.class);
    }

    private String passwordHash(SignedInUser user) {
        return jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
                user.accountId());
    }

    private static String token(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }
}
