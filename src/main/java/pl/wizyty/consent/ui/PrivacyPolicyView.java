package pl.wizyty.help.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import pl.wizyty.base.MunicipalityProperties;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;

@Route(value = Routes.PRIVACY_POLICY, layout = MainLayout.class)
@AnonymousAllowed
public class PrivacyPolicyView extends HelpArticle implements TitledPage {

    public PrivacyPolicyView(MunicipalityProperties municipality) {
        super("legal.privacy.title");
        paragraph("legal.privacy.intro", municipality.dataController().name(),
                municipality.dataController().fullAddress(), municipality.contactEmail(),
                municipality.dataProtectionOfficerEmail());
    }

    @Override
    public String titleKey() {
        return "legal.privacy.title";
    }
}
