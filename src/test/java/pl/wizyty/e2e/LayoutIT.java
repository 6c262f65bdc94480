package pl.wizyty.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ReducedMotion;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestData;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.base.ui.BrokenTestView;
import pl.wizyty.e2e.pages.AccessibilityPanelPage;
import pl.wizyty.e2e.pages.AppPage;
import pl.wizyty.e2e.pages.BookingStepsPage;
import pl.wizyty.e2e.pages.LayoutCheck;
import pl.wizyty.e2e.pages.LoginPage;
import pl.wizyty.e2e.pages.MyVisitsPage;
import pl.wizyty.e2e.pages.Screenshots;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;

/**
 * Large text and small screens (WCAG 1.4.4 and 1.4.10): the resident's views and their dialogs, the frame's phone
 * menu open, and the portal's error pages (page not found, no access, broken) at 320×568, 375×812 and 1280×900,
 * with the portal's own text size at 200 %, in the normal and the high-contrast mode. On every screen
 * each visible button, link and field lies inside the viewport and no text is wider than its box (see
 * {@link LayoutCheck}). One page walks through the views and is resized to each size on every screen. With
 * {@code -Dscreenshots=true} every screen is saved to target/screenshots/layout-*.png.
 */
@BrowserTest
class LayoutIT {

    /** Monday morning, before the office opens. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 7, 0);
    private static final int[][] SIZES = { { 320, 568 }, { 375, 812 }, { 1280, 900 } };
    private static final String NO_SUCH_PAGE = "nie-ma-takiej-strony";

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;
    @Autowired
    BookingService booking;

    private final List<String> problems = new ArrayList<>();
    private ScheduleFixtures.Setup office;
    private String officeName;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void every_resident_view_and_dialog_fits_the_screen_with_doubled_text_in_both_modes(BrowserSession browser) {
        clock.set(NOW);
        officeName = "Wydział Układu " + UUID.randomUUID().toString().substring(0, 6);
        office = fixtures.weekdayOffice(officeName, 1);
        Page page = browser.newPage(new Browser.NewContextOptions().setViewportSize(SIZES[0][0], SIZES[0][1])
                .setLocale("pl-PL").setReducedMotion(ReducedMotion.REDUCE));
        walkThroughTheViews(page);
        assertThat(problems).isEmpty();
    }

    /** Each screen is measured at every size: the one page is resized rather than the views walked three times. */
    private void walkThroughTheViews(Page page) {
        SignedInUser resident = residents.create("e2e-uklad");
        String visit = book(resident, LocalDateTime.of(2026, 12, 8, 9, 0));

        open(page, "");
        AccessibilityPanelPage panel = new AccessibilityPanelPage(page);
        AppPage home = new AppPage(page).openMenuIfCollapsed();
        page.locator("vaadin-button.a11y-button").click();
        panel.waitUntilOpen();
        chooseDoubleText(page, panel);
        checkDialog(page, "accessibility panel");
        page.locator("vaadin-dialog[opened] vaadin-button.a11y-close").click();
        panel.waitUntilClosed();
        // With doubled text the header is collapsed at every size, 1,280 px included (its breakpoint is 96rem).
        assertThat(home.menuButton().getAttribute("aria-expanded")).as("the phone menu is open").isEqualTo("true");
        check(page, "home with the phone menu open");
        home.closeMenu();
        check(page, "home with the cookie banner");
        assertThat(page.locator("section.cookie-banner").isVisible()).as("the cookie banner is shown").isTrue();

        for (String path : List.of("login", "rejestracja", "pomoc", "deklaracja-dostepnosci", NO_SUCH_PAGE,
                BrokenTestView.ROUTE)) {
            open(page, path);
            check(page, path);
        }

        open(page, "login");
        new LoginPage(page).signIn(resident.email(), TestData.PASSWORD);
        open(page, NO_SUCH_PAGE);
        assertThat(new AppPage(page).heading()).isEqualTo("Nie znaleziono strony");
        check(page, "page not found, signed in");
        open(page, "admin");
        assertThat(new AppPage(page).heading()).isEqualTo("Brak dostępu do tej strony");
        check(page, "no access, signed in");
        new AppPage(page).openMenuIfCollapsed();
        check(page, "no access with the phone menu open, signed in");
        open(page, "umow-wizyte");
        Locator search = page.getByLabel("Szukaj sprawy");
        search.fill(officeName);
        page.waitForFunction("() => document.querySelectorAll('[id^=booking-office-]').length === 1");
        new AppPage(page).waitForVaadin();
        check(page, "booking step 1 (matter)");
        String matter = "?sprawa=" + office.matterId();
        BookingStepsPage.open(page, baseUrl(), matter);
        check(page, "booking step 2 (day)");
        BookingStepsPage.open(page, baseUrl(), matter + "&dzien=2026-12-10");
        check(page, "booking step 3 (time)");
        BookingStepsPage steps = BookingStepsPage.open(page, baseUrl(), matter + "&dzien=2026-12-10&godzina=10:00");
        check(page, "booking step 4 (contact and summary)");
        steps.confirm();
        check(page, "booking confirmation");

        MyVisitsPage visits = MyVisitsPage.open(page, baseUrl());
        page.locator(".visit-card:visible").first().waitFor();
        // On the phone as it opened (320 px): the menu bar lays its item out after a frame, or folds it away.
        Locator more = visits.card(visit).locator("vaadin-menu-bar-button:visible").first();
        LayoutCheck.waitForLayout(page);
        assertThat(more.innerText().strip()).as("\"Więcej opcji\" in words").isEqualTo("Więcej opcji");
        BoundingBox target = more.boundingBox();
        assertThat(Math.min(target.width, target.height)).as("\"Więcej opcji\" on a phone, in px")
                .isGreaterThanOrEqualTo(44);
        check(page, "moje-wizyty");
        visits.openPreview(visit);
        panel.waitUntilOpen();
        checkDialog(page, "moje-wizyty preview");
        visits.closeDialog();
        visits.chooseOption(visit, "Zmień termin");
        panel.waitUntilOpen();
        page.locator("vaadin-dialog[opened] .slot-picker .booking-choices vaadin-button").first().click();
        visits.waitForVaadin();
        checkDialog(page, "moje-wizyty change of date");
        visits.closeDialog();
        visits.chooseOption(visit, "Odwołaj wizytę");
        panel.waitUntilOpen();
        checkDialog(page, "moje-wizyty cancel");
        visits.closeDialog();
    }

    /** "Ułatwienia dostępu" → "200 %", as a person sets the portal's text size. */
    private static void chooseDoubleText(Page page, AccessibilityPanelPage panel) {
        page.locator("vaadin-dialog[opened] vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("200")).click();
        panel.waitForRootClass("a11y-text-200", true);
    }

    private static void assertDoubleText(Page page) {
        assertThat(new AccessibilityPanelPage(page).rootClasses()).as("the portal's text size is 200 %")
                .contains("a11y-text-200");
    }

    private void check(Page page, String screen) {
        measure(page, screen, null);
    }

    private void checkDialog(Page page, String screen) {
        measure(page, screen, "vaadin-dialog[opened]");
    }

    private void measure(Page page, String screen, String scope) {
        new AppPage(page).waitForVaadin();
        assertDoubleText(page);
        for (int[] viewport : SIZES) {
            page.setViewportSize(viewport[0], viewport[1]);
            String size = viewport[0] + "x" + viewport[1];
            for (boolean highContrast : List.of(false, true)) {
                page.evaluate("on => document.documentElement.classList.toggle('a11y-contrast', on)", highContrast);
                LayoutCheck.waitForLayout(page);
                String where = size + " " + screen + (highContrast ? " [high contrast]" : "");
                LayoutCheck.Result result = LayoutCheck.measure(page, scope);
                assertThat(result.controls()).as("controls measured on " + where).isPositive();
                result.problems().forEach(problem -> problems.add(where + ": " + problem));
                Screenshots.take(page, "layout-" + size + "-" + slug(screen) + (highContrast ? "-contrast" : ""),
                        false);
            }
        }
        page.evaluate("() => document.documentElement.classList.remove('a11y-contrast')");
        page.setViewportSize(SIZES[0][0], SIZES[0][1]);
        new AppPage(page).waitForVaadin();
    }

    private void open(Page page, String path) {
        page.navigate(baseUrl() + "/" + path);
        new AppPage(page);
    }

    private String book(SignedInUser resident, LocalDateTime start) {
        return TestSecurity.as(resident, () -> booking.book(new BookingRequest(office.matterId(), office.officeId(),
                start.atZone(TimeConfiguration.ZONE).toInstant(), resident.email(), "", null, null)));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static String slug(String name) {
        return name.replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
