package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The cookie banner at the top of every page until the visitor chooses. */
public class CookieBannerPage {

    private final Page page;

    public CookieBannerPage(Page page) {
        this.page = page;
        new AppPage(page);
    }

    public Locator region() {
        return page.locator("section.cookie-banner");
    }

    public boolean isShown() {
        return region().isVisible();
    }

    public Locator button(String name) {
        return region().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    public CookieBannerPage accept() {
        button("Akceptuję cookies").click();
        confirmation().waitFor();
        return this;
    }

    public CookieBannerPage reject() {
        button("Odrzucam opcjonalne").click();
        confirmation().waitFor();
        return this;
    }

    public CookieSettingsPage openSettings() {
        button("Ustawienia cookies").click();
        return new CookieSettingsPage(page);
    }

    public Locator confirmation() {
        return page.locator(".cookie-banner-confirmation");
    }

    public void hide() {
        button("Ukryj").click();
        region().waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
    }
}
