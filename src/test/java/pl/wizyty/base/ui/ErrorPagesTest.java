package pl.wizyty.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.base.LocaleSupport;
import pl.wizyty.base.Routes;
import pl.wizyty.base.TranslationProvider;

class ErrorPagesTest extends BrowserlessTestBase {

    @Test
    void an_unknown_address_shows_the_portals_page_not_found_in_the_frame_also_when_signed_in() {
        signInAsNewResident();
        UI.getCurrent().getPage().reload();

        UI.getCurrent().navigate("nie-ma-takiej-strony");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(MainLayout.class).exists()).as("in the frame").isTrue();
        assertThat(findInView(H1.class).single().getText()).isEqualTo("Nie znaleziono strony");
        assertThat(findInView(Anchor.class).single().getHref()).isEqualTo(Routes.HOME);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Nie znaleziono strony – Portal e-Urząd");
    }

    @Test
    void a_resident_on_an_admin_address_is_told_they_have_no_access_in_their_language() {
        signInAsNewResident();
        LocaleSupport.choose(VaadinSession.getCurrent().getSession(), TranslationProvider.ENGLISH);
        UI.getCurrent().getPage().reload();

        UI.getCurrent().navigate(Routes.ADMIN);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(findInView(H1.class).single().getText()).isEqualTo("You have no access to this page");
        assertThat(find(SkipLink.class).single().getText()).isEqualTo("Skip to content");
    }

    @Test
    void a_page_that_breaks_shows_the_portals_error_page_in_the_frame_without_details() {
        UI.getCurrent().navigate(BrokenTestView.ROUTE);

        assertThat(getCurrentView()).isInstanceOf(ErrorView.class);
        assertThat(find(MainLayout.class).exists()).as("in the frame").isTrue();
        assertThat(findInView(H1.class).single().getText()).isEqualTo("Coś poszło nie tak");
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("IllegalStateException",
                "on purpose");
    }
}
