package pl.wizyty.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDateTime;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestData;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;
import pl.wizyty.e2e.pages.AppPage;
import pl.wizyty.e2e.pages.MyVisitsPage;
import pl.wizyty.e2e.pages.Screenshots;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;

/**
 * A resident who uses only the keyboard: rejects optional cookies and signs in, books a visit step by step, then
 * previews, moves and cancels visits in Moje wizyty. Nothing is clicked or filled: every step is a key press, and
 * the page is read as a person sees it (focused control, texts, statuses). With {@code -Dscreenshots=true} the steps
 * are saved to target/screenshots/keyboard-*.png; a failure always is (by {@link SharedBrowser}).
 */
@BrowserTest
class KeyboardJourneyIT {

    /** Monday morning, before the office opens. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 7, 0);
    private static final int MAX_TABS = 80;
    /**
     * What has the focus, as "tag|name": the deepest focused element (through shadow roots), then the control it
     * belongs to; the name is the control's aria-label, its field label, or its text.
     */
    private static final String FOCUSED = """
            () => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
              if (!e || e === document.body) return 'body|';
              const host = e.closest('vaadin-button, vaadin-menu-bar-button, vaadin-menu-bar-item, vaadin-radio-button,'
                  + ' vaadin-text-field, vaadin-password-field, vaadin-email-field, vaadin-text-area,'
                  + ' vaadin-date-picker, a, h2, p, [role=alert]') || e;
              // A grid cell shows its content through a slot: the content is the card in the light DOM.
              const slot = host.tagName === 'TD' && host.querySelector('slot');
              const text = slot ? slot.assignedElements().map(a => a.textContent).join(' ') : host.textContent;
              const labelled = host.tagName === 'VAADIN-MENU-BAR-BUTTON' && host.querySelector('[aria-label]');
              const name = host.getAttribute('aria-label') || (labelled && labelled.getAttribute('aria-label'))
                  || host.label || text || '';
              return host.tagName.toLowerCase() + '|' + name.replace(/\\s+/g, ' ').trim();
            }""";
    private static final String VAADIN_IDLE = """
            () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              if (!clients || Object.keys(clients).length === 0) return false;
              return Object.values(clients).every(client => !client.isActive || !client.isActive());
            }""";

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

    private Page page;
    private ScheduleFixtures.Setup office;
    private SignedInUser resident;
    private String tuesday;
    private String officeName;

    @BeforeEach
    void oneVisitAndAPage(Page page) {
        clock.set(NOW);
        // Its own name: the shared test database holds many offices, and a keyboard user searches rather than
        // tabbing past every one of them.
        officeName = "Wydział Testowy Klawiatura " + Long.toString(System.nanoTime() % 1_000_000, 36);
        office = fixtures.weekdayOffice(officeName, 1);
        resident = residents.create("e2e-klawiatura");
        // One visit made beforehand: with the one booked by keyboard the resident reaches the limit of two.
        tuesday = book(LocalDateTime.of(2026, 12, 8, 9, 0));
        this.page = page;
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_resident_signs_in_books_previews_moves_and_cancels_visits_with_the_keyboard_only() {
        try {
            signInWithKeyboard();
            String booked = bookWithKeyboard();
            manageVisitsWithKeyboard(booked);
        } catch (RuntimeException | AssertionError failure) {
            // SharedBrowser saves the page as failed-KeyboardJourneyIT-*.png; this says where the focus was.
            failure.addSuppressed(new AssertionError("focus was on: " + focused()));
            throw failure;
        }
    }

    /** Journey 1: the cookie banner comes before the skip link, so it is answered first; then the sign-in form. */
    private void signInWithKeyboard() {
        page.navigate(baseUrl() + "/login");
        new AppPage(page);
        page.locator("vaadin-login-form").waitFor();

        tabTo(name("vaadin-button", "Odrzucam opcjonalne"));
        press("Enter");
        page.locator(".cookie-banner-confirmation").waitFor();
        assertThat(focused()).startsWith("div|").contains("Odrzucono opcjonalne pliki cookies");

        tabTo(name("vaadin-text-field", "E-mail"));
        page.keyboard().type(resident.email());
        tabTo(field("vaadin-password-field", "Hasło"));
        page.keyboard().type(TestData.PASSWORD);
        screenshot("keyboard-1-login");
        tabTo(name("vaadin-button", "Zaloguj się"));
        press("Enter");
        page.locator(".sign-out").waitFor();
        AppPage signedIn = new AppPage(page);
        assertThat(signedIn.isSignedIn()).isTrue();
    }

    /** Journey 2: matter (radio group), day (a day button), time, check and confirm. */
    private String bookWithKeyboard() {
        page.navigate(baseUrl() + "/umow-wizyte");
        new AppPage(page);
        waitForStep(1);

        tabTo(field("vaadin-text-field", "Szukaj sprawy"));
        page.keyboard().type(officeName.substring("Wydział Testowy ".length()));
        String group = "#booking-office-" + office.officeId();
        page.waitForFunction("sel => document.querySelectorAll('[id^=booking-office-]').length === 1"
                + " && document.querySelector(sel)", group);
        tabTo(description -> insideGroup(group));
        press("Space");
        page.waitForFunction("sel => document.querySelector(sel + ' vaadin-radio-button[checked]')", group);
        assertThat(focused()).startsWith("vaadin-radio-button|Sprawa testowa");
        waitForVaadin();
        next(2);

        tabTo(name("vaadin-button", "piątek, 11 grudnia"));
        press("Enter");
        waitForPressed("piątek, 11 grudnia");
        screenshot("keyboard-2-day");
        next(3);

        assertThat(page.locator(".booking-step-heading").innerText()).startsWith("Krok 3");
        chooseTimeWithArrows("10:00");
        next(4);

        assertThat(page.locator(".booking-summary").innerText()).contains("Sprawa testowa", "Wydział Testowy",
                "piątek, 11 grudnia 2026", "10:00");
        screenshot("keyboard-3-summary");
        tabTo(name("vaadin-button", "Umów wizytę"));
        press("Enter");
        page.waitForURL(Pattern.compile(".*/potwierdzenie/.*"));
        page.locator(".booking-number").waitFor();
        new AppPage(page);
        assertThat(page.locator("main h1").innerText().strip()).isEqualTo("Wizyta została umówiona");
        String number = page.locator(".booking-number").innerText().strip();
        assertThat(number).isNotBlank();
        screenshot("keyboard-4-confirmation");
        return number;
    }

    /** Journey 3: preview and Escape, then "Więcej opcji" → "Zmień termin" and → "Odwołaj wizytę". */
    private void manageVisitsWithKeyboard(String booked) {
        MyVisitsPage visits = MyVisitsPage.open(page, baseUrl());
        assertThat(card(booked).innerText()).contains("piątek, 11 grudnia 2026, 10:00", "Umówiona");
        assertThat(card(tuesday).innerText()).contains("wtorek, 8 grudnia 2026, 09:00", "Umówiona");

        // The visits are rows of a Vaadin grid: Tab reaches one cell, the arrows move between rows, Enter goes
        // into the row's card (to its first button) and Tab moves on within it.
        String tuesdayPreview = "Podgląd wizyty: Sprawa testowa, wtorek, 8 grudnia 2026";
        enterRowOf(tuesday);
        assertThat(focused()).startsWith("vaadin-button|" + tuesdayPreview);
        press("Enter");
        waitForDialog(true);
        assertThat(visits.dialog().innerText()).contains("Podgląd wizyty: Sprawa testowa", tuesday,
                "Dowód osobisty");
        screenshot("keyboard-5-preview");
        press("Escape");
        waitForDialog(false);
        waitForVaadin();
        assertThat(focused()).startsWith("vaadin-button|" + tuesdayPreview);

        // "Więcej opcji" of the same card comes right after its "Podgląd".
        tabTo(startsWith("vaadin-menu-bar-button", "Więcej opcji: Sprawa testowa, wtorek, 8 grudnia 2026"));
        press("ArrowDown");
        waitForMenuItemFocused("Zmień termin");
        press("Enter");
        waitForDialog(true);
        tabTo(name("vaadin-button", "czwartek, 10 grudnia"));
        press("Enter");
        waitForPressed("czwartek, 10 grudnia");
        // The dialog's focus trap moves the focus on Tab itself; the group of times is still one Tab stop.
        chooseTimeWithArrows("11:00");
        assertThat(visits.dialog().innerText()).contains("Obecny termin: wtorek, 8 grudnia 2026, 09:00",
                "Nowy termin: czwartek, 10 grudnia 2026, 11:00");
        screenshot("keyboard-6-change-date");
        tabTo(name("vaadin-button", "Zmień termin"));
        press("Enter");
        waitForDialog(false);
        waitForStatus("Termin wizyty został zmieniony");
        assertThat(focused()).isEqualTo("p|Termin wizyty został zmieniony");
        assertThat(card(tuesday).innerText()).contains("czwartek, 10 grudnia 2026, 11:00", "Umówiona");

        // From the status, Tab forward to the grid and into the Friday visit's card; open its menu with Enter and
        // move down with the arrow.
        enterRowOf(booked);
        assertThat(focused()).startsWith("vaadin-button|Podgląd wizyty: Sprawa testowa, piątek, 11 grudnia 2026");
        tabTo(startsWith("vaadin-menu-bar-button", "Więcej opcji: Sprawa testowa, piątek, 11 grudnia 2026"));
        press("Enter");
        waitForMenuItemFocused("Zmień termin");
        press("ArrowDown");
        waitForMenuItemFocused("Odwołaj wizytę");
        press("Enter");
        waitForDialog(true);
        assertThat(visits.dialog().innerText()).contains("Szczegóły wizyty", booked, "Pole nieobowiązkowe");
        tabTo(field("vaadin-text-area", "Powód anulowania wizyty"));
        page.keyboard().type("Nie zdążę wrócić z delegacji");
        page.waitForFunction("() => document.querySelector('.visit-counter').textContent.trim().startsWith('28')");
        screenshot("keyboard-7-cancel");
        tabTo(name("vaadin-button", "Odwołaj wizytę"));
        press("Enter");
        waitForDialog(false);
        waitForStatus("Wizyta została odwołana");
        assertThat(visits.status().innerText()).isEqualTo("Wizyta została odwołana");
        page.waitForCondition(() -> card(booked).count() == 0);
        assertThat(page.locator(".visit-card:visible").count()).isEqualTo(1);
        assertThat(card(tuesday).innerText()).contains("czwartek, 10 grudnia 2026, 11:00", "Umówiona");
        screenshot("keyboard-8-cancelled");

        // "Odwołane", still by keyboard: the filter buttons are toggle buttons.
        tabTo(name("vaadin-button", "Odwołane"), true);
        press("Enter");
        page.waitForFunction("() => [...document.querySelectorAll('.my-visits-filters vaadin-button')]"
                + ".some(b => b.textContent.trim() === 'Odwołane' && b.getAttribute('aria-pressed') === 'true')");
        waitForVaadin();
        page.waitForCondition(() -> card(booked).count() == 1 && card(tuesday).count() == 0);
        assertThat(card(booked).innerText()).contains("piątek, 11 grudnia 2026, 10:00", "Odwołana");
        screenshot("keyboard-9-cancelled-filter");
    }

    /**
     * The card of the visit as a person sees it. The grid keeps cards of rows it no longer shows in its pool,
     * hidden, so only visible cards count.
     */
    private Locator card(String bookingNumber) {
        return page.locator(".visit-card:visible").filter(new Locator.FilterOptions().setHasText(bookingNumber));
    }

    // Keyboard and focus

    private void press(String key) {
        page.keyboard().press(key);
    }

    private String focused() {
        return (String) page.evaluate(FOCUSED);
    }

    /** Presses Tab (or Shift+Tab) until the focused control matches; fails with where the focus went. */
    private void tabTo(Predicate<String> wanted) {
        tabTo(wanted, false);
    }

    private void tabTo(Predicate<String> wanted, boolean backwards) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < MAX_TABS; i++) {
            press(backwards ? "Shift+Tab" : "Tab");
            String now = focused();
            if (wanted.test(now)) {
                return;
            }
            path.append("\n  ").append(now);
        }
        throw new AssertionError("Tab never reached the control; focus went:" + path);
    }

    private static Predicate<String> name(String tag, String name) {
        return focused -> focused.equals(tag + "|" + name);
    }

    private static Predicate<String> startsWith(String tag, String name) {
        return focused -> focused.startsWith(tag + "|" + name);
    }

    /** A field's label may carry a required mark or helper text after its name. */
    private static Predicate<String> field(String tag, String label) {
        return focused -> focused.startsWith(tag + "|" + label);
    }

    /** Tabs to the visits grid, moves to the row of that visit with the arrows and goes into its card. */
    private void enterRowOf(String bookingNumber) {
        tabTo(focused -> focused.startsWith("td|"));
        for (int i = 0; i < 10 && !focused().contains(bookingNumber); i++) {
            press("ArrowDown");
        }
        for (int i = 0; i < 10 && !focused().contains(bookingNumber); i++) {
            press("ArrowUp");
        }
        assertThat(focused()).startsWith("td|").contains(bookingNumber);
        press("Enter");
    }

    /**
     * The free times are one radio group: Tab enters it once (on the first time, nothing being chosen), the arrow
     * keys move to the time and check it, and the next Tab leaves the group.
     */
    private void chooseTimeWithArrows(String time) {
        tabTo(focused -> focused.startsWith("vaadin-radio-button|") && insideGroup(".booking-times"));
        for (int i = 0; i < 30 && !focused().equals("vaadin-radio-button|" + time); i++) {
            press("ArrowRight");
        }
        assertThat(focused()).isEqualTo("vaadin-radio-button|" + time);
        page.waitForFunction("text => [...document.querySelectorAll('.booking-times vaadin-radio-button[checked]')]"
                + ".some(r => r.textContent.trim() === text)", time);
        waitForVaadin();
        press("Tab");
        assertThat(focused()).as("one Tab leaves the group of times").doesNotStartWith("vaadin-radio-button|");
        press("Shift+Tab");
        assertThat(focused()).as("Shift+Tab comes back to the chosen time")
                .isEqualTo("vaadin-radio-button|" + time);
    }

    private boolean insideGroup(String selector) {
        return (Boolean) page.evaluate("sel => { const g = document.querySelector(sel);"
                + " return !!g && g.contains(document.activeElement); }", selector);
    }

    // Waiting for what a person would wait for

    private void waitForVaadin() {
        page.waitForFunction(VAADIN_IDLE);
    }

    private void next(int step) {
        tabTo(name("vaadin-button", "Dalej"));
        press("Enter");
        waitForStep(step);
        waitForVaadin();
        assertThat(focused()).startsWith("h2|Krok " + step);
    }

    private void waitForStep(int step) {
        page.waitForFunction("step => { const h = document.querySelector('.booking-step-heading');"
                + " return h && h.textContent.trim().startsWith('Krok ' + step); }", step);
    }

    private void waitForPressed(String text) {
        page.waitForFunction("text => [...document.querySelectorAll('vaadin-button.booking-choice')]"
                + ".some(b => b.textContent.trim() === text && b.getAttribute('aria-pressed') === 'true')", text);
        waitForVaadin();
    }

    private void waitForDialog(boolean open) {
        if (open) {
            page.waitForFunction("() => { const d = document.querySelector('vaadin-dialog[opened]');"
                    + " return !!d && !d.hasAttribute('opening'); }");
        } else {
            // Until the closing animation ends, the dialog's buttons are still in the Tab order.
            page.waitForFunction("() => !document.querySelector('vaadin-dialog[opened], vaadin-dialog[closing]')");
        }
        waitForVaadin();
    }

    private void waitForMenuItemFocused(String item) {
        page.waitForFunction("fn => (" + FOCUSED + ")() === 'vaadin-menu-bar-item|' + fn", item);
    }

    private void waitForStatus(String text) {
        page.waitForFunction("text => { const s = document.querySelector('.my-visits p[role=status]');"
                + " return s && s.textContent.trim() === text; }", text);
        waitForVaadin();
    }

    private void screenshot(String name) {
        Screenshots.take(page, name, true);
    }

    private String book(LocalDateTime start) {
        return TestSecurity.as(resident, () -> booking.book(new BookingRequest(office.matterId(), office.officeId(),
                start.atZone(TimeConfiguration.ZONE).toInstant(), resident.email(), "", null, null)));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
