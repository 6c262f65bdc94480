package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Page;

/** "Wizyta została umówiona": the booking number and what was booked. */
public class BookingConfirmationPage extends AppPage {

    public BookingConfirmationPage(Page page) {
        super(page);
        page.locator(".booking-confirmation, main h1").first().waitFor();
    }

    public String bookingNumber() {
        return page.locator(".booking-number").innerText().strip();
    }

    public String details() {
        return page.locator("main").innerText();
    }
}
