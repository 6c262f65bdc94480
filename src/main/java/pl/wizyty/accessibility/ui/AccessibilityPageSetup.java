package pl.wizyty.accessibility.ui;

import pl.wizyty.base.ui.SessionAttributesOf;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import pl.wizyty.accessibility.AccessibilityPreferences;
import pl.wizyty.accessibility.AccessibilityService;

/**
 * Every page load starts with the person's preferences already on {@code <html>}, written by the server into the
 * page, so a large text or high contrast never flashes the default look first.
 */
@Component
class AccessibilityPageSetup implements VaadinServiceInitListener {

    private final AccessibilityService accessibility;

    AccessibilityPageSetup(AccessibilityService accessibility) {
        this.accessibility = accessibility;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            AccessibilityPreferences preferences =
                    accessibility.current(
                            SessionAttributesOf.of(response.getVaadinRequest().getWrappedSession(false)));
            var html = response.getDocument().getElementsByTag("html");
            preferences.rootClasses().forEach(html::addClass);
        });
    }
}
