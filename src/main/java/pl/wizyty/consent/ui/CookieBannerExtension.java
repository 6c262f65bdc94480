package pl.wizyty.consent.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import pl.wizyty.base.MunicipalityProperties;
import pl.wizyty.base.ui.FrameExtension;
import pl.wizyty.consent.ConsentService;

/** Puts the cookie banner first on every page until the visitor has chosen, and the analytics script after. */
@org.springframework.stereotype.Component
class CookieBannerExtension implements FrameExtension {

    private final ConsentService consentService;
    private final MunicipalityProperties municipality;

    CookieBannerExtension(ConsentService consentService, MunicipalityProperties municipality) {
        this.consentService = consentService;
        this.municipality = municipality;
    }

    @Override
    public Optional<Component> create(Slot slot) {
        if (slot != Slot.PRELUDE) {
            return Optional.empty();
        }
        if (consentService.settle().isPresent()) {
            UI ui = UI.getCurrent();
            if (ui != null) {
                AnalyticsScript.addIfAllowed(ui, consentService);
            }
            return Optional.empty();
        }
        return Optional.of(new CookieBanner(consentService, municipality));
    }
}
