package pl.wizyty.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A resident's booking in the browser, by the wizard's addresses, for the tests that run the jar as a process. */
final class BookingSteps {

    private static final Pattern CONFIRMED = Pattern.compile(".*/umow-wizyte/potwierdzenie/([A-Z0-9-]+)$");

    private BookingSteps() {
    }

    /** The address part ({@code sprawa=..}, and {@code wydzial=..} when needed) of the first matter offered. */
    static String firstMatter(Page page, String baseUrl) {
        page.navigate(baseUrl + "/umow-wizyte");
        HardeningBrowser.waitForVaadin(page);
        page.locator(".booking-office vaadin-radio-button").first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dalej").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*[?&]sprawa=\\d+.*"));
        String query = URI.create(page.url()).getQuery();
        return Arrays.stream(query.split("&")).filter(part -> part.startsWith("sprawa=")
                || part.startsWith("wydzial=")).collect(Collectors.joining("&"));
    }

    /**
     * Books the first free time on the first day from {@code from} that has one; returns once it is confirmed. A time
     * the resident cannot take (it overlaps one of the demo visits) is skipped.
     */
    static Booking book(Page page, String baseUrl, String matter, LocalDate from) {
        for (LocalDate day = from; day.isBefore(from.plusDays(30)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            String dayAddress = baseUrl + "/umow-wizyte?" + matter + "&dzien=" + day;
            page.navigate(dayAddress);
            HardeningBrowser.waitForVaadin(page);
            List<String> times = page.locator(".slot-picker .booking-times vaadin-radio-button")
                    .allInnerTexts().stream().map(String::strip).limit(4).toList();
            for (String time : times) {
                page.navigate(dayAddress + "&godzina=" + time);
                HardeningBrowser.waitForVaadin(page);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Umów wizytę").setExact(true))
                        .click();
                try {
                    page.waitForURL(CONFIRMED, new Page.WaitForURLOptions().setTimeout(10_000));
                } catch (TimeoutError refused) {
                    continue;
                }
                var confirmed = CONFIRMED.matcher(page.url());
                assertThat(confirmed.matches()).isTrue();
                return new Booking(confirmed.group(1), day);
            }
        }
        throw new AssertionError("No time the resident could book in 30 days from " + from);
    }

    record Booking(String number, LocalDate day) {
    }
}
