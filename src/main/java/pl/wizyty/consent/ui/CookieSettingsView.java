package pl.wizyty.consent.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import pl.wizyty.base.Routes;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.consent.Consent;
import pl.wizyty.consent.ConsentCategory;
import pl.wizyty.consent.ConsentService;

/**
 * "Ustawienia cookies": each category with a plain explanation; the necessary ones shown as always on, the
 * optional ones off until the visitor turns them on. Saving, accepting all or rejecting optional cookies records
 * the choice at once and confirms it where the focus goes.
 */
@Route(value = Routes.COOKIE_SETTINGS, layout = MainLayout.class)
@AnonymousAllowed
class CookieSettingsView extends LegalPage implements TitledPage {

    private final ConsentService consentService;
    private final Map<ConsentCategory, Checkbox> switches = new EnumMap<>(ConsentCategory.class);
    private final Div confirmation = new Div();
    private final Paragraph status = new Paragraph();

    CookieSettingsView(ConsentService consentService) {
        super("consent.settings.title");
        this.consentService = consentService;
        addClassName("cookie-settings");
        confirmation.addClassName("cookie-settings-confirmation");
        confirmation.getElement().setAttribute("tabindex", "-1");
        confirmation.setVisible(false);
        status.addClassName("cookie-settings-status");
        add(confirmation);
        paragraph("consent.settings.intro");
        add(status, sentenceWithLink("consent.settings.policy", Routes.COOKIE_POLICY, "consent.settings.policy.link"));

        Optional<Consent> current = consentService.current();
        for (ConsentCategory category : ConsentCategory.values()) {
            add(category(category, current));
        }
        Div buttons = new Div(
                button("consent.settings.save", "cookie-save", this::save),
                button("consent.settings.acceptAll", "cookie-accept-all", consentService::acceptAll),
                button("consent.settings.rejectOptional", "cookie-reject-optional", consentService::rejectOptional));
        buttons.addClassName("cookie-settings-buttons");
        add(buttons);
        showStatus(current);
    }

    private Component category(ConsentCategory category, Optional<Consent> current) {
        String prefix = "consent.category." + category.name();
        Section section = new Section(new H2(getTranslation(prefix + ".name")),
                new Paragraph(getTranslation(prefix + ".description")));
        section.addClassName("cookie-category");
        section.getElement().setAttribute("data-category", category.name());
        if (category.isOptional()) {
            Checkbox allow = new Checkbox(getTranslation(prefix + ".allow"));
            allow.setValue(current.map(c -> c.allows(category)).orElse(false));
            allow.addClassName("cookie-category-switch");
            switches.put(category, allow);
            section.add(allow);
        } else {
            Span alwaysOn = new Span(getTranslation("consent.settings.alwaysOn"));
            alwaysOn.addClassName("cookie-always-on");
            section.add(alwaysOn);
        }
        return section;
    }

    private Button button(String key, String className, Supplier<Consent> action) {
        Button button = new Button(getTranslation(key), click -> saved(action.get()));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassNames("cookie-settings-button", className);
        return button;
    }

    private Consent save() {
        EnumSet<ConsentCategory> allowed = EnumSet.noneOf(ConsentCategory.class);
        switches.forEach((category, box) -> {
            if (box.getValue()) {
                allowed.add(category);
            }
        });
        return consentService.choose(allowed);
    }

    private void saved(Consent consent) {
        switches.forEach((category, box) -> box.setValue(consent.allows(category)));
        showStatus(Optional.of(consent));
        // A fresh element with role="alert" is announced each time, also when the same choice is saved twice.
        confirmation.removeAll();
        Paragraph text = new Paragraph(getTranslation("consent.settings.saved"));
        text.getElement().setAttribute("role", "alert");
        confirmation.add(text);
        confirmation.setVisible(true);
        confirmation.getElement().executeJs("this.focus()");
        UI ui = UI.getCurrent();
        ConsentChangedEvent.fire(ui, consent);
        AnalyticsScript.addIfAllowed(ui, consentService);
    }

    private void showStatus(Optional<Consent> consent) {
        status.setText(consent.map(c -> getTranslation("consent.settings.status",
                DateTimeTexts.date(c.decidedAt(), getLocale()), DateTimeTexts.time(c.decidedAt())))
                .orElse(getTranslation("consent.settings.status.none")));
    }

    @Override
    public String titleKey() {
        return "consent.settings.title";
    }
}
