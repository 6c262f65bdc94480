package pl.wizyty.consent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.account.ui.LoginView;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.Markup;
import pl.wizyty.consent.ConsentCategory;
import pl.wizyty.consent.ConsentCookies;
import pl.wizyty.consent.ConsentService;
import pl.wizyty.home.ui.HomeView;

class CookieBannerTest extends BrowserlessTestBase {

    @Autowired
    ConsentService consentService;

    @Test
    void the_banner_comes_first_on_the_page_before_the_skip_link() {
        navigate(HomeView.class);

        MainLayout layout = find(MainLayout.class).single();
        Component prelude = layout.getChildren().findFirst().orElseThrow();
        CookieBanner banner = find(CookieBanner.class).single();
        assertThat(banner.getParent()).contains(prelude);
        assertThat(banner.getElement().getAttribute("aria-label")).isEqualTo("Pliki cookies w serwisie Portal e-Urząd");
        Document intro = Jsoup.parseBodyFragment(Markup.contentOf(find(Div.class, banner)
                .withClassName("cookie-banner-intro").single()));
        assertThat(intro.select("h2").text()).isEqualTo("Pliki cookies w serwisie Portal e-Urząd");
        assertThat(intro.select("p").text()).startsWith("Portal używa plików cookies");
        Document more = Jsoup.parseBodyFragment(Markup.contentOf(find(Div.class, banner)
                .withClassName("cookie-banner-more").single()));
        assertThat(more.select("details.cookie-banner-details summary").text())
                .isEqualTo("Więcej o plikach cookies i Twoich danych");
        assertThat(more.select("details p")).extracting(Element::text).anySatisfy(text ->
                assertThat(text).contains("Gmina Aleksandrów Kujawski, ul. Słowackiego 12, 87-700 Aleksandrów Kujawski"));
        assertThat(more.select("a")).extracting(link -> link.attr("href"))
                .containsExactly(Routes.COOKIE_POLICY, Routes.PRIVACY_POLICY);
        assertThat(more.select("p").first().text()).isEqualTo(
                "Więcej informacji znajdziesz w Polityce cookies oraz w Polityce prywatności.");
        // The buttons sit between the two texts, as a person reads them: what the cookies are for, then the choice.
        assertThat(find(Div.class, banner).withClassName("cookie-banner-question").single().getChildren()
                .map(child -> child.getClassNames().iterator().next()).toList())
                .containsExactly("cookie-banner-intro", "cookie-banner-buttons", "cookie-banner-more");
    }

    @Test
    void the_banner_is_also_on_the_sign_in_page() {
        navigate(LoginView.class);

        assertThat(find(CookieBanner.class).single().isVisible()).isTrue();
    }

    @Test
    void three_buttons_of_the_same_kind_accept_reject_and_open_the_settings() {
        navigate(HomeView.class);

        List<Button> buttons = find(Button.class, find(CookieBanner.class).single()).all();

        assertThat(buttons).extracting(Button::getText)
                .containsExactly("Akceptuję cookies", "Odrzucam opcjonalne", "Ustawienia cookies");
        assertThat(buttons).extracting(b -> b.getElement().getAttribute("theme")).containsOnly("primary");
        assertThat(buttons).allSatisfy(b -> assertThat(b.getClassNames()).contains("cookie-banner-button"));
    }

    @Test
    void rejecting_leaves_only_necessary_cookies_and_shows_a_confirmation_that_takes_the_focus() {
        navigate(HomeView.class);

        test(find(Button.class).withText("Odrzucam opcjonalne").single()).click();

        assertThat(consentService.current()).isPresent();
        assertThat(ConsentCategory.optional()).noneMatch(consentService::allows);
        Div confirmation = find(Div.class).withClassName("cookie-banner-confirmation").single();
        assertThat(confirmation.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(confirmation.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(find(Paragraph.class, confirmation).single().getText())
                .startsWith("Odrzucono opcjonalne pliki cookies");
        assertThat(find(Anchor.class, confirmation).single().getHref()).isEqualTo(Routes.COOKIE_SETTINGS);
        assertThat(find(Button.class).withText("Akceptuję cookies").exists()).isFalse();

        test(find(Button.class).withText("Ukryj").single()).click();
        assertThat(find(CookieBanner.class).exists()).isFalse();
    }

    @Test
    void accepting_allows_every_category_and_says_so() {
        navigate(HomeView.class);

        test(find(Button.class).withText("Akceptuję cookies").single()).click();

        assertThat(ConsentCategory.values()).allMatch(consentService::allows);
        assertThat(find(Paragraph.class, find(Div.class).withClassName("cookie-banner-confirmation").single())
                .single().getText()).startsWith("Zaakceptowano wszystkie pliki cookies.");
        assertThat(ConsentCookies.received()).isPresent();
    }

    @Test
    void once_chosen_the_banner_is_not_shown_on_the_next_page_load() {
        navigate(HomeView.class);
        test(find(Button.class).withText("Odrzucam opcjonalne").single()).click();
        ConsentCookies.keepReceived();
        ConsentCookies.newSession();

        com.vaadin.flow.component.UI.getCurrent().getPage().reload();
        navigate(HomeView.class);

        assertThat(find(CookieBanner.class).exists()).isFalse();
    }

    @Test
    void the_settings_button_opens_the_settings_and_the_banner_steps_aside_there() {
        navigate(HomeView.class);

        test(find(Button.class).withText("Ustawienia cookies").single()).click();

        assertThat(getCurrentView()).isInstanceOf(CookieSettingsView.class);
        assertThat(find(CookieBanner.class).exists()).isFalse();
    }
}
