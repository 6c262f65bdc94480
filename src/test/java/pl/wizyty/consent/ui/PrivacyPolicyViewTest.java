package pl.wizyty.consent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import pl.wizyty.BrowserlessTestBase;

class PrivacyPolicyViewTest extends BrowserlessTestBase {

    @Test
    void the_privacy_policy_names_the_controller_the_data_the_basis_the_retention_and_the_rights() {
        navigate(PrivacyPolicyView.class);

        assertThat(findInView(H2.class).all()).extracting(H2::getText).contains("Administrator danych",
                "Inspektor ochrony danych", "Jakie dane przetwarzamy", "W jakim celu i na jakiej podstawie",
                "Jak długo przechowujemy dane", "Twoje prawa");
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("Gmina Aleksandrów Kujawski, ul. Słowackiego 12, 87-700 Aleksandrów Kujawski",
                "iod@aleksandrowkujawski.pl", "numer telefonu", "potrzeby dotyczące dostępności",
                "art. 6 ust. 1 lit. e RODO", "Prezesa Urzędu Ochrony Danych Osobowych")
                .doesNotContain("legal.privacy.");
    }
}
