package pl.wizyty.consent.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import pl.wizyty.consent.Consent;

/** Fired on the UI when the visitor made a choice, so the banner of the same page steps aside. */
class ConsentChangedEvent extends ComponentEvent<UI> {

    private final Consent consent;

    ConsentChangedEvent(UI ui, Consent consent) {
        super(ui, false);
        this.consent = consent;
    }

    Consent consent() {
        return consent;
    }

    static void fire(UI ui, Consent consent) {
        ComponentUtil.fireEvent(ui, new ConsentChangedEvent(ui, consent));
    }
}
