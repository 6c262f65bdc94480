package pl.wizyty.consent.ui;

import com.vaadin.flow.component.UI;
import pl.wizyty.consent.ConsentService;

/** The optional statistics script: on the page only for visitors who allowed statistics cookies. */
final class AnalyticsScript {

    private AnalyticsScript() {
    }

    static void addIfAllowed(UI ui, ConsentService consentService) {
        consentService.analyticsScriptUrl().ifPresent(url -> ui.getPage().addJavaScript(url));
    }
}
