package pl.wizyty.consent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.consent.Consent;
import pl.wizyty.consent.ConsentCategory;
import pl.wizyty.consent.ConsentService;

class CookieSettingsViewTest extends BrowserlessTestBase {

    @Autowired
    ConsentService consentService;

    @Test
    void necessary_cookies_are_always_on_and_optional_ones_start_off() {
        navigate(CookieSettingsView.class);

        assertThat(findInView(H2.class).all()).extracting(H2::getText).containsExactly("Niezbędne", "Statystyczne",
                "Wydajnościowo-analityczne", "Funkcjonalne");
        Section necessary = findInView(Section.class).withAttribute("data-category", "NECESSARY").single();
        assertThat(find(Span.class, necessary).single().getText()).isEqualTo("Zawsze włączone");
        assertThat(find(Checkbox.class, necessary).exists()).isFalse();
        assertThat(findInView(Checkbox.class).all()).hasSize(3).allSatisfy(box -> assertThat(box.getValue()).isFalse());
        assertThat(findInView(Button.class).all()).extracting(Button::getText)
                .containsExactly("Zapisz moje wybory", "Akceptuję wszystkie", "Odrzucam opcjonalne");
    }

    @Test
    void a_custom_choice_is_saved_confirmed_and_shown_when_the_page_opens_again() {
        navigate(CookieSettingsView.class);

        test(findInView(Checkbox.class).withLabel("Zgadzam się na cookies funkcjonalne").single()).click();
        test(findInView(Button.class).withText("Zapisz moje wybory").single()).click();

        Consent consent = consentService.current().orElseThrow();
        assertThat(consent.categories()).containsExactlyInAnyOrder(ConsentCategory.NECESSARY,
                ConsentCategory.FUNCTIONAL);
        Div confirmation = findInView(Div.class).withClassName("cookie-settings-confirmation").single();
        assertThat(find(Paragraph.class, confirmation).single().getText()).isEqualTo("Zapisano Twoje ustawienia cookies.");
        assertThat(find(Paragraph.class, confirmation).single().getElement().getAttribute("role")).isEqualTo("alert");

        navigate(CookieSettingsView.class);
        assertThat(findInView(Checkbox.class).withLabel("Zgadzam się na cookies funkcjonalne").single().getValue())
                .isTrue();
        assertThat(findInView(Checkbox.class).withLabel("Zgadzam się na cookies statystyczne").single().getValue())
                .isFalse();
    }

    @Test
    void rejecting_optional_after_accepting_withdraws_every_optional_category() {
        navigate(CookieSettingsView.class);
        test(findInView(Button.class).withText("Akceptuję wszystkie").single()).click();
        assertThat(findInView(Checkbox.class).all()).allSatisfy(box -> assertThat(box.getValue()).isTrue());

        test(findInView(Button.class).withText("Odrzucam opcjonalne").single()).click();

        assertThat(findInView(Checkbox.class).all()).allSatisfy(box -> assertThat(box.getValue()).isFalse());
        assertThat(ConsentCategory.optional()).noneMatch(consentService::allows);
    }
}
