package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/** "Umów wizytę", step by step, taking the first matter, day and time offered. */
public class BookingStepsPage extends AppPage {

    public BookingStepsPage(Page page) {
        super(page);
        stepHeading().waitFor();
    }

    public Locator stepHeading() {
        return page.locator(".booking-step-heading");
    }

    public BookingStepsPage chooseFirstMatter() {
        page.locator(".booking-office vaadin-radio-button").first().click();
        return next(2);
    }

    /**
     * The last of the offered days: several days ahead, so the visit stays changeable (the cut-off is two hours) at
     * whatever time of day the test runs.
     */
    public BookingStepsPage chooseLastOfferedDay() {
        page.locator(".booking-choices vaadin-button:visible").last().click();
        waitForVaadin();
        if (!stepHeading().innerText().startsWith("Krok 3")) {
            next(3);
        }
        return this;
    }

    public BookingStepsPage chooseFirstTime() {
        page.locator(".booking-choices vaadin-button:visible").first().click();
        waitForVaadin();
        if (!stepHeading().innerText().startsWith("Krok 4")) {
            next(4);
        }
        return this;
    }

    public AppPage confirm() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Umów wizytę").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/potwierdzenie/.*"));
        page.locator(".booking-confirmation, main h1").first().waitFor();
        return new AppPage(page);
    }

    private BookingStepsPage next(int step) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dalej").setExact(true)).click();
        page.waitForFunction("step => { const h = document.querySelector('.booking-step-heading');"
                + " return h && h.textContent.trim().startsWith('Krok ' + step); }", step);
        waitForVaadin();
        return this;
    }
}
