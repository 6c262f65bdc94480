package pl.wizyty.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wizyty.Residents;
import pl.wizyty.TestData;
import pl.wizyty.e2e.pages.AppPage;
import pl.wizyty.e2e.pages.CookieBannerPage;
import pl.wizyty.e2e.pages.LoginPage;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;

/**
 * The frame on a phone (the compact cookie banner, the header in one row behind "Menu") and the portal's own pages
 * for errors and lost sessions, in a real browser.
 */
@BrowserTest
class FrameIT {

    private static final String NO_SUCH_PAGE = "nie-ma-takiej-strony";

    @LocalServerPort
    int port;
    @Autowired
    Residents residents;
    @Autowired
    ScheduleFixtures fixtures;

    @Test
    void on_a_320_by_568_phone_the_cookie_banners_three_buttons_are_on_the_first_screen(BrowserSession browser) {
        Page page = browser.newPage(phone(320, 568));
        page.navigate(url(""));
        CookieBannerPage banner = new CookieBannerPage(page);

        for (String name : List.of("Akceptuję cookies", "Odrzucam opcjonalne", "Ustawienia cookies")) {
            BoundingBox box = banner.button(name).boundingBox();
            assertThat(box.y).as(name + " top").isGreaterThanOrEqualTo(0);
            assertThat(box.y + box.height).as(name + " bottom, on the first 568 px").isLessThanOrEqualTo(568);
            assertThat(box.x + box.width).as(name + " right edge").isLessThanOrEqualTo(320);
        }
        Locator controller = banner.region().getByText("Administratorem Twoich danych osobowych jest");
        assertThat(controller.isVisible()).as("the longer text is folded").isFalse();
        banner.region().locator("summary").click();
        assertThat(controller.isVisible()).as("and can be expanded").isTrue();
        assertThat(banner.region().innerText()).contains("„Akceptuję cookies” oznacza zgodę",
                "Gmina Aleksandrów Kujawski, ul. Słowackiego 12, 87-700 Aleksandrów Kujawski");
    }

    @Test
    void on_a_wide_screen_the_navigation_is_in_the_header_and_no_menu_button_is_shown(BrowserSession browser) {
        Page page = browser.newPage(phone(1280, 800));
        page.navigate(url(""));
        AppPage home = new AppPage(page);

        assertThat(home.menuButton().isVisible()).as("the Menu button on a wide screen").isFalse();
        Locator help = page.locator("header nav a").filter(new Locator.FilterOptions().setHasText("Pomoc"));
        assertThat(help.isVisible()).isTrue();
        BoundingBox title = page.locator("a.app-title").boundingBox();
        assertThat(help.boundingBox().y).as("the navigation on the title's row").isLessThan(title.y + title.height);

        // At 200 % text the same 1,280 px hold less than 48 of the page's rem: the header becomes the phone's.
        page.evaluate("() => document.documentElement.classList.add('a11y-text-200')");
        page.waitForCondition(() -> home.menuButton().isVisible());
        assertThat(help.isVisible()).as("the navigation behind the Menu button").isFalse();
        // At 150 % they hold more than 48 rem (1,152 px): the wide header again.
        page.evaluate("() => document.documentElement.classList.replace('a11y-text-200', 'a11y-text-150')");
        page.waitForCondition(() -> !home.menuButton().isVisible());
        assertThat(help.isVisible()).isTrue();
    }

    @Test
    void on_a_phone_the_header_is_one_row_and_its_menu_works_with_the_keyboard(BrowserSession browser) {
        Page page = browser.newPage(phone(375, 812));
        page.navigate(url(""));
        new CookieBannerPage(page).reject();
        page.reload();
        AppPage home = new AppPage(page);
        Locator menu = home.menuButton();
        Locator help = page.locator("header nav a").filter(new Locator.FilterOptions().setHasText("Pomoc"));

        BoundingBox header = page.locator("header.app-header").boundingBox();
        BoundingBox button = menu.boundingBox();
        BoundingBox title = page.locator("a.app-title").boundingBox();
        assertThat(header.height).as("header height in px").isLessThanOrEqualTo(80);
        assertThat(button.y).as("the menu button on the title's row").isLessThan(title.y + title.height);
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(menu.getAttribute("aria-controls")).isEqualTo("app-menu");
        assertThat(menu.innerText().strip()).isEqualTo("Menu");
        assertThat(help.isVisible()).isFalse();

        assertThat(home.textOfFirstFocusedElement()).isEqualTo("Przejdź do treści");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(focusedClasses(page)).contains("app-menu-button");
        page.keyboard().press("Enter");
        page.waitForCondition(() -> "true".equals(menu.getAttribute("aria-expanded")));
        assertThat(help.isVisible()).isTrue();
        assertThat(page.locator("vaadin-button.a11y-button").isVisible()).as("Ułatwienia dostępu").isTrue();
        tabUntilFocused(page, "Pomoc");
        tabUntilFocused(page, "Ułatwienia dostępu");
        page.keyboard().press("Escape");
        page.waitForCondition(() -> "false".equals(menu.getAttribute("aria-expanded")));
        page.waitForFunction("() => document.activeElement.classList.contains('app-menu-button')");
        assertThat(help.isVisible()).isFalse();
        home.screenshot("frame-phone-header");
    }

    @Test
    void a_signed_in_person_on_an_unknown_address_gets_the_portals_page_not_found_in_the_frame(Page page) {
        SignedInUser resident = residents.create("e2e-404");
        page.navigate(url("login"));
        new LoginPage(page).signIn(resident.email(), TestData.PASSWORD);

        Response response = page.navigate(url(NO_SUCH_PAGE));
        AppPage notFound = new AppPage(page);
        assertThat(response.status()).isEqualTo(404);
        assertThat(notFound.heading()).isEqualTo("Nie znaleziono strony");
        assertThat(page.title()).isEqualTo("Nie znaleziono strony – Portal e-Urząd");
        assertThat(notFound.signedInAs()).isEqualTo("Zalogowano: Zofia Testowa");
        assertThat(notFound.skipLinkTarget()).isEqualTo("#main-content");
        assertThat(notFound.footer().innerText()).contains("Deklaracja dostępności");
        assertThat(page.locator("main a[href]").first().innerText()).isEqualTo("Wróć na stronę główną");

        Response admin = page.navigate(url("admin"));
        AppPage denied = new AppPage(page);
        assertThat(admin.status()).isEqualTo(403);
        assertThat(denied.heading()).isEqualTo("Brak dostępu do tej strony");
        assertThat(page.url()).endsWith("/admin");
    }

    @Test
    void someone_not_signed_in_on_an_unknown_address_gets_the_same_page_in_english_when_they_chose_it(Page page) {
        Response response = page.navigate(url(NO_SUCH_PAGE));
        AppPage notFound = new AppPage(page);
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.url()).as("not sent to sign in").endsWith("/" + NO_SUCH_PAGE);
        assertThat(notFound.heading()).isEqualTo("Nie znaleziono strony");

        notFound.switchLanguage();
        assertThat(notFound.heading()).isEqualTo("Page not found");
        assertThat(page.title()).isEqualTo("Page not found – Portal e-Urząd");
    }

    @Test
    void a_session_lost_while_booking_says_so_in_view_and_signing_in_returns_to_the_same_step(
            BrowserSession browser) {
        ScheduleFixtures.Setup office = fixtures.weekdayOffice(1);
        SignedInUser resident = residents.create("e2e-sesja");
        Page page = browser.newPage(phone(320, 568));
        page.navigate(url("login"));
        new CookieBannerPage(page).reject();
        new LoginPage(page).signIn(resident.email(), TestData.PASSWORD);
        String step = "umow-wizyte?sprawa=" + office.matterId();
        page.navigate(url(step));
        new AppPage(page);
        page.mouse().wheel(0, 400);

        // The session ends on the server (idle time, lifetime): the browser still sends its old session cookie.
        BrowserContext context = page.context();
        context.clearCookies();
        context.addCookies(List.of(new Cookie("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF")
                .setDomain("localhost").setPath("/")));
        page.locator("main vaadin-button:visible").first().click();

        Locator box = page.locator(".v-system-error");
        box.waitFor();
        assertThat(box.locator(".caption").innerText()).isEqualTo("Sesja się zakończyła");
        assertThat(box.innerText()).contains("zaloguj się ponownie", "wrócisz do tego samego miejsca");
        assertThat(box.getAttribute("role")).isEqualTo("alertdialog");
        page.waitForFunction("() => document.activeElement.classList.contains('v-system-error')");
        BoundingBox shown = box.boundingBox();
        assertThat(shown.y).as("in view although the page was scrolled").isBetween(0.0, 568.0);
        assertThat(shown.x + shown.width).isLessThanOrEqualTo(320);
        AppPage.waitForAnimations(page);
        new AppPage(page).screenshot("frame-session-lost-320");

        page.keyboard().press("Enter");
        LoginPage login = new LoginPage(page);
        assertThat(page.locator("main .notice-text").innerText())
                .startsWith("Twoja sesja się zakończyła, więc trzeba zalogować się ponownie.");
        login.signIn(resident.email(), TestData.PASSWORD);
        page.waitForURL(address -> address.contains("/umow-wizyte?sprawa=" + office.matterId()));
        assertThat(page.locator("h2.booking-step-heading").innerText()).contains("Wybierz dzień");
    }

    @Test
    void being_signed_out_in_another_tab_is_told_not_silently_sent_to_sign_in(BrowserContext context, Page page) {
        SignedInUser resident = residents.create("e2e-karta");
        page.navigate(url("login"));
        new LoginPage(page).signIn(resident.email(), TestData.PASSWORD);
        page.navigate(url("moje-wizyty"));
        new AppPage(page);

        Page other = context.newPage();
        other.navigate(url(""));
        new AppPage(other).signOut();

        page.bringToFront();
        page.locator("main vaadin-button:visible").first().click();
        Locator box = page.locator(".v-system-error");
        box.waitFor();
        assertThat(box.innerText()).startsWith("Sesja się zakończyła").contains("Wylogowano Cię – w innej karcie");
        assertThat(page.url()).as("still where they were until they choose to go on").endsWith("/moje-wizyty");
    }

    private static void tabUntilFocused(Page page, String text) {
        for (int i = 0; i < 15; i++) {
            page.keyboard().press("Tab");
            if (text.equals(page.evaluate("() => document.activeElement.textContent.trim()"))) {
                return;
            }
        }
        throw new AssertionError("\"" + text + "\" was not reached with Tab");
    }

    private static String focusedClasses(Page page) {
        return (String) page.evaluate("() => document.activeElement.className");
    }

    private static Browser.NewContextOptions phone(int width, int height) {
        return new Browser.NewContextOptions().setViewportSize(width, height).setLocale("pl-PL");
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
