package pl.wizyty.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.TestData;
import pl.wizyty.account.AccountService;
import pl.wizyty.account.EmailConfirmationService;
import pl.wizyty.account.EmailNotConfirmedException;
import pl.wizyty.account.NewAccount;
import pl.wizyty.account.PasswordResetService;
import pl.wizyty.base.RuleViolation;

/**
 * Registration confirms the address: the e-mail with its one-time link arrives once, the account cannot sign in
 * until the link's button is used, the link works once and for 24 hours, a new one can be asked for, and a taken
 * address answers the same while its owner is told.
 */
@IntegrationTest
class EmailConfirmationMailTest {

    static final Pattern LINK = Pattern.compile("https://wizyty\\.example\\.pl/potwierdz-adres\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @Autowired
    AccountService accounts;
    @Autowired
    EmailConfirmationService confirmations;
    @Autowired
    PasswordResetService resets;
    @Autowired
    AuthenticationManager signIn;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

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
    void a_new_account_signs_in_only_after_the_link_from_its_one_e_mail_is_used_once() {
        String email = TestData.uniqueEmail("potwierdz");
        accounts.register(TestData.newAccount(email));
        delivery.deliverDue();
        delivery.deliverDue();

        List<Mailbox.Mail> mails = Mailbox.to(smtp, email);
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Portal e-Urząd: potwierdź adres e-mail");
            assertThat(mail.text()).contains("Link jest ważny do wtorek, 8 grudnia 2026, godz. 07:00.");
            assertThat(mail.html()).contains("<html lang=\"pl\">", "href=\"https://wizyty.example.pl/potwierdz-adres");
        });
        assertThatThrownBy(() -> signIn(email, "Zle-Haslo-123")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(email, TestData.PASSWORD)).isInstanceOf(EmailNotConfirmedException.class);

        String token = token(mails.getFirst().text());
        assertThatThrownBy(() -> confirmations.confirm(token, "Haslo-Kogos-Innego-1"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("confirmation.wrongPassword"));
        assertThatThrownBy(() -> signIn(email, TestData.PASSWORD)).as("a wrong password confirms nothing")
                .isInstanceOf(EmailNotConfirmedException.class);
        confirmations.confirm(token, TestData.PASSWORD);

        assertThat(signIn(email, TestData.PASSWORD).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> confirmations.confirm(token, TestData.PASSWORD)).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("confirmation.invalidLink"));
    }

    @Test
    void the_link_expires_after_24_hours_and_a_new_one_can_be_asked_for_with_the_same_answer_for_any_address() {
        String email = TestData.uniqueEmail("wygasly");
        accounts.register(TestData.newAccount(email));
        delivery.deliverDue();
        String first = token(Mailbox.to(smtp, email).getFirst().text());

        clock.set(LocalDateTime.of(2026, 12, 8, 7, 1));
        assertThatThrownBy(() -> confirmations.confirm(first, TestData.PASSWORD)).isInstanceOf(RuleViolation.class);
        confirmations.resend(email.toUpperCase(Locale.ROOT));
        String unknown = "nikogo." + System.nanoTime() + "@example.pl";
        confirmations.resend(unknown);
        delivery.deliverDue();

        assertThat(Mailbox.to(smtp, unknown)).isEmpty();
        List<Mailbox.Mail> mails = Mailbox.to(smtp, email);
        assertThat(mails).hasSize(2);
        confirmations.confirm(token(mails.getLast().text()), TestData.PASSWORD);
        assertThat(signIn(email, TestData.PASSWORD).isAuthenticated()).isTrue();

        confirmations.resend(email);
        delivery.deliverDue();
        assertThat(Mailbox.to(smtp, email)).as("a confirmed address gets no more links").hasSize(2);
    }

    @Test
    void a_taken_address_changes_nothing_and_its_owner_is_told_in_their_language_without_a_link_that_acts() {
        String email = TestData.uniqueEmail("zajety");
        NewAccount owner = TestData.newAccount(email);
        owner.setLanguage(Locale.ENGLISH);
        accounts.register(owner);
        delivery.deliverDue();
        confirmations.confirm(token(Mailbox.to(smtp, email).getFirst().text()), TestData.PASSWORD);

        NewAccount intruder = TestData.newAccount(email);
        intruder.setPassword("Haslo-Intruza-2026");
        accounts.register(intruder);
        delivery.deliverDue();

        List<Mailbox.Mail> mails = Mailbox.to(smtp, email);
        assertThat(mails).hasSize(2);
        assertThat(mails.getLast().subject()).isEqualTo(
                "Portal e-Urząd: registration attempt with your address");
        assertThat(mails.getLast().text()).contains("https://wizyty.example.pl/login",
                "https://wizyty.example.pl/nie-pamietam-hasla").doesNotContain("token=");
        assertThat(mails.getLast().html()).contains("<html lang=\"en\">");
        assertThatThrownBy(() -> signIn(email, "Haslo-Intruza-2026")).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(email, TestData.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_password_reset_by_e_mail_also_confirms_the_address() {
        String email = TestData.uniqueEmail("resetpotw");
        accounts.register(TestData.newAccount(email));
        resets.requestReset(email);
        delivery.deliverDue();
        Matcher reset = PasswordResetMailTest.LINK.matcher(Mailbox.to(smtp, email).getLast().text());
        assertThat(reset.find()).isTrue();

        resets.resetPassword(reset.group(1), PasswordResetMailTest.NEW_PASSWORD);

        assertThat(signIn(email, PasswordResetMailTest.NEW_PASSWORD).isAuthenticated()).isTrue();
    }

    private org.springframework.security.core.Authentication signIn(String email, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private static String token(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a confirmation link in %s", text).isTrue();
        return link.group(1);
    }
}
