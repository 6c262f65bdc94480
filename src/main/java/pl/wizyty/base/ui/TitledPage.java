package pl.wizyty.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinService;
import pl.wizyty.base.MunicipalityProperties;

/**
 * A page whose title says where you are, in the chosen language, followed by the portal's name
 * (WCAG 2.4.2), e.g. "Moje wizyty – Portal e-Urząd".
 */
public interface TitledPage extends HasDynamicTitle {

    /** The message key of this page's own title. */
    String titleKey();

    @Override
    default String getPageTitle() {
        MunicipalityProperties municipality = VaadinService.getCurrent().getInstantiator()
                .getOrCreate(MunicipalityProperties.class);
        UI ui = UI.getCurrent();
        String title = ui == null ? titleKey() : ui.getTranslation(titleKey());
        return title + " – " + municipality.portalName();
    }
}
