package pl.wizyty.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.base.LocaleSupport;
import pl.wizyty.base.Routes;
import pl.wizyty.base.TranslationProvider;
import pl.wizyty.home.ui.HomeView;
import pl.wizyty.security.SignedInUser;

class MainLayoutTest extends BrowserlessTestBase {

    @Test
    void the_skip_link_is_the_first_link_after_the_prelude_and_leads_to_the_main_content() {
        navigate(HomeView.class);
        MainLayout layout = find(MainLayout.class).single();

        Anchor first = find(SkipLink.class).single();
        assertThat(first).isInstanceOf(SkipLink.class);
        assertThat(first.getText()).isEqualTo("Przejdź do treści");
        assertThat(first.getHref()).isEqualTo("#" + MainLayout.MAIN_CONTENT_ID);
        Main main = find(Main.class).single();
        assertThat(main.getId()).hasValue("main-content");
        assertThat(main.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(getCurrentView().getElement().getParent()).isEqualTo(main.getElement());
        List<Component> beforeSkipLink = layout.getChildren().takeWhile(child -> child != first).toList();
        // Only the prelude (the cookie banner, GOV.UK-style) may come before the skip link.
        assertThat(beforeSkipLink).containsExactly(layout.prelude());
    }

    @Test
    void the_footer_links_the_legal_pages_and_names_the_data_controller() {
        navigate(HomeView.class);
        Document footer = markupOf(find(Footer.class).single());

        assertThat(footer.select("nav").attr("aria-label")).isEqualTo("Informacje prawne");
        assertThat(footer.select("nav a")).extracting(Element::text, link -> link.attr("href")).containsExactly(
                tuple("Polityka prywatności", Routes.PRIVACY_POLICY),
                tuple("Polityka cookies", Routes.COOKIE_POLICY),
                tuple("Ustawienia cookies", Routes.COOKIE_SETTINGS),
                tuple("Deklaracja dostępności", Routes.ACCESSIBILITY_STATEMENT));
        assertThat(footer.select("p.data-controller").text()).contains(
                "Gmina Aleksandrów Kujawski, ul. Słowackiego 12, 87-700 Aleksandrów Kujawski");
    }

    @Test
    void the_navigation_marks_the_current_page_and_only_it() {
        signInAsNewResident();
        UI.getCurrent().getPage().reload();
        navigate(HomeView.class);
        Document nav = markupOf(find(UnorderedList.class, find(Nav.class).single()).single());
        assertThat(nav.select("a")).extracting(Element::text)
                .containsExactly("Umawianie wizyt", "Moje wizyty", "Pomoc");
        assertThat(nav.select("a[aria-current]")).isEmpty();

        UI.getCurrent().navigate(Routes.MY_VISITS);

        nav = markupOf(find(UnorderedList.class, find(Nav.class).single()).single());
        assertThat(nav.select("a[aria-current=page]")).extracting(Element::text).containsExactly("Moje wizyty");
        assertThat(find(Anchor.class).withClassName("my-account-link").single().getElement()
                .hasAttribute("aria-current")).isFalse();

        UI.getCurrent().navigate(Routes.MY_ACCOUNT);

        nav = markupOf(find(UnorderedList.class, find(Nav.class).single()).single());
        assertThat(nav.select("a[aria-current]")).isEmpty();
        assertThat(find(Anchor.class).withClassName("my-account-link").single().getElement()
                .getAttribute("aria-current")).isEqualTo("page");
    }

    @Test
    void the_frame_writes_texts_from_the_settings_as_text_not_as_markup() {
        navigate(HomeView.class);

        String brand = Markup.contentOf(find(com.vaadin.flow.component.html.Div.class).withClassName("app-brand")
                .single());
        assertThat(Jsoup.parse(brand).select("a.app-title").attr("href")).isEqualTo(Routes.HOME);
        assertThat(Markup.escape("<img src=x onerror=\"alert(1)\">&'")).isEqualTo(
                "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&apos;");
        assertThat(Markup.link("a\" onclick=\"x", "<b>")).isEqualTo(
                "<a href=\"a&quot; onclick=&quot;x\">&lt;b&gt;</a>");
    }

    @Test
    void choosing_english_switches_the_texts_and_keeps_the_choice_for_the_session() {
        navigate(HomeView.class);
        assertThat(findInView(H1.class).single().getText()).isEqualTo("Umawianie wizyt w urzędzie");

        test(find(Button.class).withClassName("language-switch").withText("English").single()).click();

        assertThat(LocaleSupport.chosen(VaadinSession.getCurrent().getSession()))
                .isEqualTo(TranslationProvider.ENGLISH);
        navigate(HomeView.class);
        assertThat(findInView(H1.class).single().getText()).isEqualTo("Book a visit at the town hall");
        assertThat(find(SkipLink.class).single().getText()).isEqualTo("Skip to content");
        Document footer = markupOf(find(Footer.class).single());
        assertThat(footer.select("a")).extracting(Element::text)
                .contains("Privacy policy", "Cookie policy", "Cookie settings", "Accessibility statement");
        assertThat(footer.select("p.data-controller").text()).startsWith("The controller of your personal data is:");
        assertThat(find(Button.class).withClassName("language-switch").single().getText()).isEqualTo("Polski");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Book a visit – Portal e-Urząd");
    }

    @Test
    void a_signed_in_person_sees_their_name_and_a_sign_out_button_instead_of_sign_in() {
        navigate(HomeView.class);
        assertThat(find(Anchor.class).withClassName("sign-in-link").single().getText()).isEqualTo("Zaloguj się");

        SignedInUser user = signInAsNewResident();
        UI.getCurrent().getPage().reload();
        navigate(HomeView.class);

        assertThat(find(Anchor.class).withClassName("sign-in-link").exists()).isFalse();
        assertThat(find(Button.class).withClassName("sign-out").single().getText()).isEqualTo("Wyloguj");
        assertThat(user.displayName()).isEqualTo("Zofia Testowa");
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("app-user-name").single().getText())
                .isEqualTo("Zalogowano: Zofia Testowa");
    }

    @Test
    void the_menu_button_names_what_it_controls_and_tells_whether_the_menu_is_open() {
        navigate(HomeView.class);
        MainLayout layout = find(MainLayout.class).single();
        Button menu = find(Button.class).withClassName("app-menu-button").single();
        Component panel = find(com.vaadin.flow.component.html.Div.class).withId(MainLayout.MENU_ID).single();

        assertThat(menu.getText()).isEqualTo("Menu");
        assertThat(menu.getElement().getAttribute("aria-controls")).isEqualTo(MainLayout.MENU_ID);
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        // The same navigation and tools as on a wide screen, built once: the menu only shows them.
        assertThat(markupOf(find(UnorderedList.class, panel).single()).select("a")).extracting(a -> a.attr("href"))
                .containsExactly(Routes.BOOKING, Routes.MY_VISITS, Routes.HELP);
        assertThat(find(Button.class, panel).withClassName("language-switch").exists()).isTrue();

        test(menu).click();
        assertThat(layout.isMenuOpen()).isTrue();
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("true");

        test(menu).click();
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("false");

        test(menu).click();
        navigate(HomeView.class);
        assertThat(layout.isMenuOpen()).as("closed after going to another page").isFalse();
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("false");
    }

    /** The markup the frame writes into one element (see Markup), as a browser would read it. */
    private static Document markupOf(Component component) {
        return Jsoup.parseBodyFragment(Markup.contentOf(component));
    }
}
