package pl.wizyty.accessibility.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.schedule.ScheduleFixtures;

class AccessibilityStatementViewTest extends BrowserlessTestBase {

    @Autowired
    ScheduleFixtures schedule;

    @Test
    void the_statement_has_the_sections_of_the_official_template_in_their_order() {
        navigate(AccessibilityStatementView.class);

        assertThat(findInView(H1.class).single().getText()).isEqualTo("Deklaracja dostępności");
        assertThat(findInView(H2.class).all()).extracting(H2::getText).containsExactly(
                "Daty publikacji i aktualizacji", "Stan dostępności cyfrowej",
                "Przygotowanie deklaracji dostępności", "Ułatwienia na stronie",
                "Informacje zwrotne i dane kontaktowe", "Obsługa wniosków i skarg związanych z dostępnością",
                "Dostępność architektoniczna", "Aplikacje mobilne");
        assertThat(findInView(H2.class).all()).extracting(h2 -> h2.getId().orElse("")).contains("a11y-kontakt",
                "a11y-procedura", "a11y-architektura", "a11y-aplikacje");
    }

    @Test
    void the_statement_names_the_municipality_its_dates_and_whom_to_contact_with_the_template_ids() {
        navigate(AccessibilityStatementView.class);
        String markup = String.join("\n", findInView(Html.class).all().stream()
                .map(html -> html.getElement().getOuterHTML()).toList());

        assertThat(markup).contains("<span id=\"a11y-podmiot\">Gmina Aleksandrów Kujawski</span>",
                "<span id=\"a11y-data-publikacja\">2026-11-25</span>",
                "<span id=\"a11y-data-aktualizacja\">2026-11-25</span>",
                "<span id=\"a11y-data-sporzadzenie\">2026-11-25</span>",
                "<span id=\"a11y-osoba\">koordynator do spraw dostępności</span>",
                "href=\"mailto:urzad@aleksandrowkujawski.pl\"", "id=\"a11y-telefon\" href=\"tel:+48542820000\"");
        assertThat(findInView(Paragraph.class).withId("a11y-status").single().getText())
                .startsWith("Strona internetowa jest częściowo zgodna");
        assertThat(findInView(H3.class).withText("Treści niedostępne").exists()).isTrue();
    }

    @Test
    void each_office_is_described_with_its_architectural_accessibility() {
        schedule.weekdayOffice(1);

        navigate(AccessibilityStatementView.class);

        assertThat(findInView(H3.class).withText("Wydział Testowy").exists()).isTrue();
        assertThat(findInView(Paragraph.class).withText("Wejście bez progów").exists()).isTrue();
        assertThat(findInView(Paragraph.class).withText("Adres: ul. Testowa 1, 00-001 Test, pok. 1.").exists())
                .isTrue();
    }
}
