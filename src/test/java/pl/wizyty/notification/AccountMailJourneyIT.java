package pl.wizyty.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.wizyty.MutableClock;
import pl.wizyty.TestData;
import pl.wizyty.e2e.BrowserTest;
import pl.wizyty.e2e.pages.AppPage;
import pl.wizyty.e2e.pages.BookingConfirmationPage;
import pl.wizyty.e2e.pages.BookingStepsPage;
import pl.wizyty.e2e.pages.CookieBannerPage;
import pl.wizyty.e2e.pages.EmailConfirmationPage;
import pl.wizyty.e2e.pages.LoginPage;
import pl.wizyty.schedule.ScheduleFixtures;

/**
 * The account e-mails as a resident lives them, in a real browser with a real SMTP server: register, open the link
 * from the e-mail that arrived, sign in, book and find the booking number in the confirmation e-mail; then
 * "Nie pamiętasz hasła?", the link from the next e-mail, the new password works and the link works only once.
 */
@BrowserTest
class AccountMailJourneyIT {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 7, 0);
    private static final Pattern LINK = Pattern.compile("https://wizyty\\.example\\.pl(/[a-z-]+\\?token=[A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "Nowe-Haslo-Z-Linku-26";

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    JdbcTemplate jdbc;

    private Page page;
    private String officeName;
    private ScheduleFixtures.Setup office;

    @BeforeEach
    void anOffice(Page page) {
        clock.set(NOW);
        OutboxTesting.parkOthers(jdbc);
        officeName = "Wydział Poczty " + UUID.randomUUID().toString().substring(0, 4);
        office = fixtures.weekdayOffice(officeName, 1);
        this.page = page;
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void register_confirm_from_the_e_mail_book_and_get_the_number_then_reset_the_password_with_a_one_time_link() {
        String email = TestData.uniqueEmail("poczta");
        page.navigate(baseUrl() + "/");
        new CookieBannerPage(page).reject();
        LoginPage registered = new AppPage(page).openRegistration().register("Zofia", "Pocztowa", email,
                TestData.PASSWORD);
        assertThat(registered.confirmation()).startsWith("Sprawdź skrzynkę e-mail.");
        assertThat(page.getByLabel("E-mail").inputValue()).as("filled in after registering").isEqualTo(email);

        // Before the address is confirmed, the right password is not enough, and the page says what to do.
        submitSignIn(email, TestData.PASSWORD);
        assertThat(page.getByText(Pattern.compile("^Najpierw potwierdź adres e-mail")).isVisible()).isTrue();
        assertThat(page.getByLabel("E-mail").inputValue()).as("kept after a failed sign-in").isEqualTo(email);
        assertThat(page.getByText("Nie masz wiadomości? Wyślij link ponownie").isVisible()).isTrue();

        delivery.deliverDue();
        List<Mailbox.Mail> received = Mailbox.to(smtp, email);
        assertThat(received).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).endsWith("potwierdź adres e-mail"));
        page.navigate(localLink(received.getFirst().text()));
        LoginPage confirmed = new EmailConfirmationPage(page).confirm(TestData.PASSWORD);
        assertThat(confirmed.confirmation()).isEqualTo("Adres e-mail został potwierdzony. Możesz się teraz zalogować.");
        confirmed.signIn(email, TestData.PASSWORD);

        BookingConfirmationPage booked = BookingStepsPage.open(page, baseUrl(), "?sprawa=" + office.matterId())
                .chooseDay("środa, 9 grudnia").next().chooseTime("10:00").next().confirm();
        String number = booked.bookingNumber();
        delivery.deliverDue();
        assertThat(Mailbox.to(smtp, email)).hasSize(2).last().satisfies(mail -> {
            assertThat(mail.subject()).contains("Wizyta umówiona", number);
            assertThat(mail.text()).contains(number, officeName, "https://wizyty.example.pl/moje-wizyty/" + number);
        });
        booked.signOut();

        page.navigate(baseUrl() + "/login");
        page.getByText("Nie pamiętasz hasła?").click();
        page.getByLabel("Adres e-mail").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij link")).click();
        page.getByText(Pattern.compile("^Jeśli pod tym adresem jest konto")).waitFor();
        delivery.deliverDue();
        String reset = localLink(Mailbox.to(smtp, email).getLast().text());

        page.navigate(reset);
        page.getByLabel("Nowe hasło", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
        page.getByLabel("Powtórz nowe hasło").fill(NEW_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz nowe hasło")).click();
        LoginPage afterReset = new LoginPage(page);
        assertThat(afterReset.confirmation()).isEqualTo("Hasło zostało zmienione. Zaloguj się nowym hasłem.");
        afterReset.signIn(email, NEW_PASSWORD).signOut();

        page.navigate(reset);
        page.getByLabel("Nowe hasło", new Page.GetByLabelOptions().setExact(true)).fill("Jeszcze-Inne-Haslo-27");
        page.getByLabel("Powtórz nowe hasło").fill("Jeszcze-Inne-Haslo-27");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz nowe hasło")).click();
        com.microsoft.playwright.Locator refusal = page.locator(".new-password-view .error-text")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Ten link jest nieważny"));
        refusal.waitFor();
        assertThat(refusal.innerText()).startsWith("Ten link jest nieważny: wygasł albo został już użyty.");
        assertThat(page.url()).contains("/nowe-haslo");
    }

    private void submitSignIn(String email, String password) {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel(Pattern.compile("^Hasło")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zaloguj się")).click();
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        new AppPage(page).waitForVaadin();
    }

    /** The e-mail's link, pointed at this test's server instead of the configured public address. */
    private String localLink(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a one-time link in %s", text).isTrue();
        return baseUrl() + link.group(1);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
