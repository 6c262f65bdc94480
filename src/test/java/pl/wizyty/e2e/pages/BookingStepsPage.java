package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "Umów wizytę", step by step: either taking the first matter, day and time offered, or the ones a test names as a
 * person reads them (the office's group and the matter, a day shortcut such as "środa, 9 grudnia", a time such as
 * "10:00"). Every step has its own address, so the browser's Back and a reload are steps of their own here too.
 */
public class BookingStepsPage extends AppPage {

    private static final Pattern STEP_NUMBER = Pattern.compile("^(?:Krok|Step) (\\d+) (?:z|of)");

    public BookingStepsPage(Page page) {
        super(page);
        stepHeading().waitFor();
    }

    /** Opens the wizard at an address of its own, e.g. {@code "?sprawa=12&dzien=2026-12-09"}. */
    public static BookingStepsPage open(Page page, String baseUrl, String query) {
        page.navigate(baseUrl + "/umow-wizyte" + query);
        return new BookingStepsPage(page);
    }

    /**
     * The choices in the page's address as a person could copy them, decoded ({@code sprawa}, {@code dzien},
     * {@code godzina}, ...). The order of the parts and the escaping of ":" are the router's, not the wizard's.
     */
    public Map<String, String> address() {
        String query = URI.create(page.url()).getRawQuery();
        Map<String, String> parts = new LinkedHashMap<>();
        if (query != null) {
            Arrays.stream(query.split("&")).map(part -> part.split("=", 2)).forEach(part -> parts.put(
                    decode(part[0]), part.length > 1 ? decode(part[1]) : ""));
        }
        return parts;
    }

    public String path() {
        return URI.create(page.url()).getPath();
    }

    public Locator stepHeading() {
        return page.locator(".booking-step-heading");
    }

    public String stepHeadingText() {
        return stepHeading().innerText().strip();
    }

    /** The message at the top of the wizard: why it fell back to a step, or what is missing. */
    public String error() {
        return page.locator(".booking-view > p.error-text[role=alert]").innerText().strip();
    }

    /** "Sprawa: ... (...)", the line that says which matter the day, time and confirm steps are for. */
    public String chosenMatter() {
        return page.locator(".booking-chosen").innerText().strip();
    }

    /** The day as the date picker shows it, e.g. "09.12.2026" ("09/12/2026" in English). */
    public String dayValue() {
        return dayField().inputValue();
    }

    /**
     * Opens the date picker's calendar and reads what it shows: the month headings (e.g. "December 2026") and the
     * weekday columns, first to last; the calendar is closed again with Escape.
     */
    public Calendar openCalendar() {
        dayField().click();
        Locator months = page.locator("vaadin-month-calendar [part~='month-header']");
        months.first().waitFor();
        Locator firstMonth = page.locator("vaadin-month-calendar").first();
        return new Calendar(months.allInnerTexts().stream().map(String::strip).toList(),
                firstMonth.locator("[part~='weekday']").allInnerTexts().stream().map(String::strip)
                        .filter(day -> !day.isEmpty()).toList());
    }

    public void closeCalendar() {
        page.keyboard().press("Escape");
        page.locator("vaadin-date-picker-overlay[opened]").waitFor(
                new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }

    /** What the open calendar shows. */
    public record Calendar(List<String> monthHeadings, List<String> weekdays) {
    }

    private Locator dayField() {
        return page.getByLabel("en".equals(htmlLang()) ? "Day of the visit" : "Dzień wizyty");
    }

    /** Types a day into the date field as a person would (e.g. "12.12.2026") and leaves it with Enter. */
    public BookingStepsPage typeDay(String day) {
        Locator field = page.getByLabel("Dzień wizyty");
        field.fill(day);
        field.press("Enter");
        waitForVaadin();
        return this;
    }

    /** The date field's error as a screen reader reads it with the field (empty when there is none). */
    public String dayError() {
        Locator error = page.locator("vaadin-date-picker [slot=error-message]");
        return error.count() == 0 ? "" : error.first().innerText().strip();
    }

    /** Opens the calendar of the date field (its toggle button) and waits for the month of the first free day. */
    public BookingStepsPage openCalendarDays() {
        page.locator("vaadin-date-picker [part~=toggle-button], vaadin-date-picker [part~=toggle-button]").first()
                .click();
        calendarDays().first().waitFor();
        return this;
    }

    /** The day cells of the calendar's months, each labelled as a screen reader reads it ("12 ... 2026, sobota"). */
    public Locator calendarDays() {
        return page.locator("vaadin-month-calendar [part~=date][aria-label]");
    }

    /** Whether the calendar offers the day (by the start of its label, e.g. "12 grudzień 2026") or disables it. */
    public Map<String, Boolean> calendarDaysDisabled(String monthAndYear) {
        Map<String, Boolean> days = new LinkedHashMap<>();
        for (Locator day : calendarDays().all()) {
            String label = day.getAttribute("aria-label");
            if (label.contains(" " + monthAndYear + ",") && !days.containsKey(label)) {
                days.put(label, "true".equals(day.getAttribute("aria-disabled")));
            }
        }
        return days;
    }

    /** The day shortcuts (buttons) or the times (radio buttons) the step offers, as they read. */
    public List<String> offeredChoices() {
        return page.locator(".booking-choices vaadin-button:visible, .booking-times vaadin-radio-button:visible")
                .allInnerTexts().stream().map(String::strip).toList();
    }

    /** The offered day shortcut that is pressed (aria-pressed) or the time that is checked, i.e. chosen. */
    public List<String> pressedChoices() {
        return page.locator(".booking-choices vaadin-button[aria-pressed=true]:visible,"
                + " .booking-times vaadin-radio-button[checked]:visible").allInnerTexts().stream()
                .map(String::strip).toList();
    }

    public String summary() {
        return page.locator(".booking-summary").innerText();
    }

    public BookingStepsPage chooseFirstMatter() {
        page.locator(".booking-office vaadin-radio-button").first().click();
        return next(2);
    }

    /** Picks the matter in the radio group of its office, then "Dalej". */
    public BookingStepsPage chooseMatter(String office, String matter) {
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(office).setExact(true))
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(matter)).check();
        waitForVaadin();
        return next(2);
    }

    /**
     * The last of the offered days: several days ahead, so the visit stays changeable (the cut-off is two hours) at
     * whatever time of day the test runs.
     */
    public BookingStepsPage chooseLastOfferedDay() {
        page.locator(".booking-choices vaadin-button:visible").last().click();
        waitForVaadin();
        if (step() != 3) {
            next(3);
        }
        return this;
    }

    public BookingStepsPage chooseFirstTime() {
        page.locator(".booking-times vaadin-radio-button:visible").first().click();
        waitForVaadin();
        if (step() != 4) {
            next(4);
        }
        return this;
    }

    /** Presses the day shortcut (e.g. "środa, 9 grudnia") and waits until it shows as chosen; stays on the step. */
    public BookingStepsPage chooseDay(String shortcut) {
        return press(shortcut);
    }

    /** Picks the time (e.g. "10:00") in the group of free times and waits until it is checked; stays on the step. */
    public BookingStepsPage chooseTime(String time) {
        chooseTime(page.locator(".booking-times"), time);
        waitForVaadin();
        return this;
    }

    /** Picks the time in a group of free times (the wizard's or a dialog's), as a person clicks it. */
    public static void chooseTime(Locator within, String time) {
        within.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(time).setExact(true)).check();
    }

    /** "Dalej": on to the next step. */
    public BookingStepsPage next() {
        return next(step() + 1);
    }

    /** "Dalej" when the step is not complete: stays on the step and waits for the message that says why. */
    public BookingStepsPage nextRefused() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dalej").setExact(true)).click();
        page.waitForFunction("() => { const e = document.querySelector('.booking-view > p.error-text[role=alert]');"
                + " return e && e.textContent.trim().length > 0; }");
        waitForVaadin();
        return this;
    }

    /** The browser's Back button: the previous step, by the address the browser had for it. */
    public BookingStepsPage browserBack() {
        int before = step();
        page.goBack();
        waitForStep(before - 1);
        return this;
    }

    /** The browser's reload: the same address, a new page. */
    public BookingStepsPage reload() {
        page.reload();
        return new BookingStepsPage(page);
    }

    /** "Umów wizytę": the confirmation, at its own address. */
    public BookingConfirmationPage confirm() {
        String name = "en".equals(htmlLang()) ? "Book the visit" : "Umów wizytę";
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/potwierdzenie/.*"));
        return new BookingConfirmationPage(page);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private int step() {
        var matcher = STEP_NUMBER.matcher(stepHeadingText());
        if (!matcher.find()) {
            throw new AssertionError("Not a step heading: " + stepHeadingText());
        }
        return Integer.parseInt(matcher.group(1));
    }

    private BookingStepsPage press(String choice) {
        page.locator(".booking-choices")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(choice).setExact(true)).click();
        page.waitForFunction("text => [...document.querySelectorAll('.booking-choices vaadin-button')]"
                + ".some(b => b.textContent.trim() === text && b.getAttribute('aria-pressed') === 'true')", choice);
        waitForVaadin();
        return this;
    }

    private BookingStepsPage next(int step) {
        String name = "en".equals(htmlLang()) ? "Next" : "Dalej";
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        waitForStep(step);
        return this;
    }

    private void waitForStep(int step) {
        page.waitForFunction("step => { const h = document.querySelector('.booking-step-heading');"
                + " return h && /^(Krok|Step) (\\d+) /.exec(h.textContent.trim())?.[2] === String(step); }", step);
        waitForVaadin();
    }
}
