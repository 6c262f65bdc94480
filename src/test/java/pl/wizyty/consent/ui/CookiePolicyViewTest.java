package pl.wizyty.consent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.consent.CookieDefinition;
import pl.wizyty.consent.CookieRegistry;

class CookiePolicyViewTest extends BrowserlessTestBase {

    @Autowired
    CookieRegistry registry;

    @Test
    void the_policy_lists_every_cookie_of_the_registry_with_purpose_category_provider_and_lifetime() {
        navigate(CookiePolicyView.class);

        NativeTable table = findInView(NativeTable.class).single();
        List<NativeTableRow> rows = table.getBody().getRows();
        assertThat(rows).extracting(row -> row.getHeaderCell(0).orElseThrow().getText())
                .containsExactlyElementsOf(registry.all().stream().map(CookieDefinition::name).toList());
        assertThat(rows).allSatisfy(row -> assertThat(row.getDataCells()).hasSize(4)
                .allSatisfy(cell -> assertThat(cell.getText()).isNotBlank().doesNotStartWith("consent.")));
        NativeTableRow consentRow = rows.stream()
                .filter(row -> row.getHeaderCell(0).orElseThrow().getText().equals("wizyty_consent")).findFirst()
                .orElseThrow();
        assertThat(consentRow.getDataCells()).extracting(c -> c.getText())
                .containsExactly(consentRow.getDataCells().get(0).getText(), "Niezbędne", "Portal (plik własny)",
                        "1 rok");
    }

    @Test
    void the_policy_explains_each_category() {
        navigate(CookiePolicyView.class);

        assertThat(findInView(H2.class).all()).extracting(H2::getText)
                .containsExactly("Rodzaje plików cookies", "Pliki cookies używane przez Portal");
        assertThat(findInView(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Funkcjonalne: Zapamiętują"));
    }
}
