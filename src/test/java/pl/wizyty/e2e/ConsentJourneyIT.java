package pl.wizyty.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.wizyty.ConfirmationLinks;
import pl.wizyty.TestData;
import pl.wizyty.consent.ConsentCategory;
import pl.wizyty.consent.ConsentProperties;
import pl.wizyty.consent.CookieDefinition;
import pl.wizyty.consent.CookieRegistry;
import pl.wizyty.e2e.pages.AppPage;
import pl.wizyty.e2e.pages.CookieBannerPage;
import pl.wizyty.e2e.pages.CookieSettingsPage;
import pl.wizyty.e2e.pages.EmailConfirmationPage;
import pl.wizyty.e2e.pages.Screenshots;

/** Cookie consent in a real browser, each test with a fresh profile (a new browser context). */
@BrowserTest
class ConsentJourneyIT {

    private static final String CONSENT_COOKIE = "wizyty_consent";

    @LocalServerPort
    int port;
    @Autowired
    CookieRegistry registry;
    @Autowired
    JdbcTemplate jdbc;
    /** A Mockito spy in every browser test (see {@link BrowserTest}); reset after each test. */
    @Autowired
    ConsentProperties properties;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void freshProfile(BrowserContext context, Page page) {
        this.context = context;
        this.page = page;
    }

    private CookieBannerPage open(String path) {
        page.navigate("http://localhost:" + port + "/" + path);
        return new CookieBannerPage(page);
    }

    @Test
    void before_any_choice_the_banner_is_shown_and_the_browser_holds_only_necessary_cookies() {
        CookieBannerPage banner = open("");
        assertThat(banner.isShown()).isTrue();
        banner.region().locator("summary").click(); // what the buttons mean and who the controller is: folded
        assertThat(banner.region().innerText()).contains("Polityce cookies", "Polityce prywatności",
                "Gmina Aleksandrów Kujawski, ul. Słowackiego 12, 87-700 Aleksandrów Kujawski");
        assertThat(open("login").isShown()).isTrue();

        assertThat(cookieNames()).isNotEmpty().allSatisfy(name -> assertThat(registry.find(name))
                .as(name).map(CookieDefinition::category).contains(ConsentCategory.NECESSARY));
        assertThat(cookieNames()).doesNotContain(CONSENT_COOKIE);
        assertThat(page.evaluate("() => Object.keys(localStorage).filter(k => !k.startsWith('vaadin.'))"))
                .asList().isEmpty();
        Screenshots.take(page, "cookie-banner", false);
    }

    @Test
    void the_three_buttons_are_the_same_size() {
        CookieBannerPage banner = open("");
        var sizes = new TreeSet<String>();
        for (String name : List.of("Akceptuję cookies", "Odrzucam opcjonalne", "Ustawienia cookies")) {
            var box = banner.button(name).boundingBox();
            sizes.add(Math.round(box.width) + "x" + Math.round(box.height));
        }
        assertThat(sizes).hasSize(1);
    }

    @Test
    void rejecting_leaves_only_necessary_cookies_and_a_consent_record() {
        CookieBannerPage banner = open("").reject();

        assertThat(banner.confirmation().innerText()).startsWith("Odrzucono opcjonalne pliki cookies");
        assertThat(page.evaluate("() => document.activeElement.classList.contains('cookie-banner-confirmation')"))
                .isEqualTo(true);
        assertThat(cookieNames()).allSatisfy(name -> assertThat(registry.find(name)).as(name)
                .map(CookieDefinition::category).contains(ConsentCategory.NECESSARY));
        Cookie consent = consentCookie();
        assertThat(consent.value).contains(":0:");
        assertThat(consent.httpOnly).isTrue();
        assertThat(consent.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(consent.secure).isFalse();
        assertThat(Instant.ofEpochSecond(consent.expires.longValue()))
                .isBetween(Instant.now().plus(Duration.ofDays(364)), Instant.now().plus(Duration.ofDays(366)));
        assertThat(records(consent)).singleElement().satisfies(row -> assertThat(row).containsEntry("CHOICE",
                "REJECT_OPTIONAL").containsEntry("ALLOWS_STATISTICS", false).containsEntry("ALLOWS_PERFORMANCE", false)
                .containsEntry("ALLOWS_FUNCTIONAL", false).containsEntry("ACCOUNT_ID", null));
    }

    @Test
    void accepting_records_every_category_and_the_banner_stays_away_after_a_reload() {
        open("").accept();

        assertThat(records(consentCookie())).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("CHOICE", "ACCEPT_ALL").containsEntry("ALLOWS_STATISTICS", true)
                .containsEntry("ALLOWS_PERFORMANCE", true).containsEntry("ALLOWS_FUNCTIONAL", true));
        assertThat(open("").isShown()).isFalse();
    }

    @Test
    void a_custom_choice_is_saved_survives_a_reload_and_can_be_changed_from_the_footer() {
        CookieSettingsPage settings = open("").openSettings();
        assertThat(settings.alwaysOn()).isEqualTo("Zawsze włączone");
        assertThat(settings.isAllowed("Zgadzam się na cookies funkcjonalne")).isFalse();
        settings.setAllowed("Zgadzam się na cookies funkcjonalne", true).save();
        assertThat(settings.confirmation().innerText()).isEqualTo("Zapisano Twoje ustawienia cookies.");
        assertThat(consentCookie().value).contains(":f:");

        page.reload();
        AppPage reloaded = new AppPage(page);
        assertThat(new CookieBannerPage(page).isShown()).isFalse();
        reloaded.footer().getByText("Ustawienia cookies").click();
        CookieSettingsPage again = new CookieSettingsPage(page);
        assertThat(again.isAllowed("Zgadzam się na cookies funkcjonalne")).isTrue();
        assertThat(again.isAllowed("Zgadzam się na cookies statystyczne")).isFalse();

        again.setAllowed("Zgadzam się na cookies funkcjonalne", false)
                .setAllowed("Zgadzam się na cookies statystyczne", true).save();

        List<Map<String, Object>> history = records(consentCookie());
        assertThat(history).hasSize(2);
        assertThat(history.get(1)).containsEntry("CHOICE", "CUSTOM").containsEntry("ALLOWS_STATISTICS", true)
                .containsEntry("ALLOWS_FUNCTIONAL", false).containsEntry("WITHDRAWAL", true);
    }

    @Test
    void a_new_policy_version_asks_again() {
        open("").accept();
        assertThat(open("").isShown()).isFalse();

        doReturn("2").when(properties).policyVersion();
        context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));

        assertThat(open("").isShown()).isTrue();
    }

    @Test
    void the_whole_banner_works_by_keyboard() {
        open("");
        for (String next : List.of("Akceptuję cookies", "Odrzucam opcjonalne", "Ustawienia cookies",
                "Polityce cookies", "Polityce prywatności", "Więcej o plikach cookies i Twoich danych")) {
            page.keyboard().press("Tab");
            assertThat(focusedText()).isEqualTo(next);
        }
        page.keyboard().press("Enter");
        assertThat(page.locator("section.cookie-banner details").getAttribute("open")).as("expanded").isNotNull();
        for (int i = 0; i < 4; i++) {
            page.keyboard().press("Shift+Tab");
        }
        assertThat(focusedText()).isEqualTo("Odrzucam opcjonalne");
        page.keyboard().press("Enter");
        CookieBannerPage banner = new CookieBannerPage(page);
        banner.confirmation().waitFor();
        page.waitForFunction("() => document.activeElement.classList.contains('cookie-banner-confirmation')");

        page.keyboard().press("Tab");
        assertThat(focusedText()).isEqualTo("zmienić ustawienia cookies");
        page.keyboard().press("Tab");
        assertThat(focusedText()).isEqualTo("Ukryj");
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.activeElement.id === 'main-content'");
        assertThat(banner.isShown()).isFalse();
        assertThat(records(consentCookie())).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("CHOICE", "REJECT_OPTIONAL"));
    }

    @Test
    void the_settings_work_by_keyboard_and_at_320_pixels() {
        page.setViewportSize(320, 700);
        open("ustawienia-cookies");
        CookieSettingsPage settings = new CookieSettingsPage(page);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(320);

        settings.allowSwitch("Zgadzam się na cookies wydajnościowo-analityczne").focus();
        page.keyboard().press("Space");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(focusedText()).isEqualTo("Zapisz moje wybory");
        page.keyboard().press("Enter");
        settings.confirmation().waitFor();

        assertThat(consentCookie().value).contains(":p:");
        Screenshots.take(page, "cookie-settings-320", true);
    }

    @Test
    void the_banner_and_the_settings_have_no_accessibility_violations() {
        open("");
        AxeResults banner = Axe.on(page).include(List.of(".cookie-banner"))
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        assertThat(banner.getViolations()).extracting(v -> v.getId() + ": " + v.getHelp()).isEmpty();

        open("ustawienia-cookies");
        new CookieSettingsPage(page);
        AxeResults settings = Axe.on(page).include(List.of("main"))
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        assertThat(settings.getViolations()).extracting(v -> v.getId() + ": " + v.getHelp()).isEmpty();
    }

    @Test
    void a_forged_or_malformed_consent_cookie_is_no_choice() {
        long now = Instant.now().getEpochSecond();
        for (String value : List.of("1:" + UUID.randomUUID() + ":spf:1:" + now, "yes", "1:spf")) {
            context.clearCookies();
            context.addCookies(List.of(new Cookie(CONSENT_COOKIE, value).setDomain("localhost").setPath("/")));

            assertThat(open("").isShown()).as(value).isTrue();
        }
    }

    @Test
    void every_cookie_a_session_receives_is_in_the_registry() {
        Set<String> setByServer = new TreeSet<>();
        page.onResponse(response -> response.headersArray().stream()
                .filter(h -> h.name.equalsIgnoreCase("set-cookie"))
                .forEach(h -> setByServer.add(h.value.substring(0, h.value.indexOf('=')).strip())));
        String email = TestData.uniqueEmail("cookies");

        open("").accept();
        new AppPage(page).openRegistration().register("Zofia", "Ciasteczkowa", email, TestData.PASSWORD);
        EmailConfirmationPage.open(page, ConfirmationLinks.confirmationToken(jdbc, email)).confirm(TestData.PASSWORD)
                .signIn(email, TestData.PASSWORD);
        open("umow-wizyte");
        open("moje-wizyty");
        open("ustawienia-cookies");
        new CookieSettingsPage(page).setAllowed("Zgadzam się na cookies statystyczne", false).save();
        open("polityka-cookies");

        Set<String> held = new TreeSet<>(cookieNames());
        held.addAll(setByServer);
        assertThat(held).contains("JSESSIONID", CONSENT_COOKIE)
                .allSatisfy(name -> assertThat(registry.find(name)).as(name).isPresent());
    }

    private String focusedText() {
        return ((String) page.evaluate("() => document.activeElement.innerText || document.activeElement.textContent"))
                .strip();
    }

    private List<String> cookieNames() {
        return context.cookies().stream().map(c -> c.name).toList();
    }

    private Cookie consentCookie() {
        return context.cookies().stream().filter(c -> c.name.equals(CONSENT_COOKIE)).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> records(Cookie consentCookie) {
        String consentId = consentCookie.value.split(":")[1];
        return jdbc.queryForList("select * from consent_record where consent_id = ? order by id", consentId);
    }
}
