package pl.wizyty.help.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import pl.wizyty.base.MunicipalityProperties;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;

@Route(value = Routes.COOKIE_POLICY, layout = MainLayout.class)
@AnonymousAllowed
public class CookiePolicyView extends HelpArticle implements TitledPage {

    public CookiePolicyView(MunicipalityProperties municipality) {
        super("legal.cookies.title");
        paragraph("legal.cookies.intro", municipality.dataController().name(),
                municipality.dataController().fullAddress(), municipality.contactEmail(),
                municipality.dataProtectionOfficerEmail());
    }

    @Override
    public String titleKey() {
        return "legal.cookies.title";
    }
}
