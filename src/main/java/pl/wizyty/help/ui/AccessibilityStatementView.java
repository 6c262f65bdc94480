package pl.wizyty.help.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import pl.wizyty.base.MunicipalityProperties;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;

@Route(value = Routes.ACCESSIBILITY_STATEMENT, layout = MainLayout.class)
@AnonymousAllowed
public class AccessibilityStatementView extends HelpArticle implements TitledPage {

    public AccessibilityStatementView(MunicipalityProperties municipality) {
        super("legal.accessibility.title");
        paragraph("legal.accessibility.intro", municipality.dataController().name(),
                municipality.dataController().fullAddress(), municipality.contactEmail(),
                municipality.dataProtectionOfficerEmail());
    }

    @Override
    public String titleKey() {
        return "legal.accessibility.title";
    }
}
