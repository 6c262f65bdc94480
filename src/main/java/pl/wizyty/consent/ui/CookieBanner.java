package pl.wizyty.consent.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.shared.Registration;
import java.util.function.Supplier;
import pl.wizyty.base.MunicipalityProperties;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.Markup;
import pl.wizyty.consent.Consent;
import pl.wizyty.consent.ConsentService;

/**
 * The cookie banner, after the GOV.UK pattern: above everything else, pushing the page down rather than covering
 * it, never blocking it. Compact, so that on a 320×568 phone the three equal buttons are on the first screen: what
 * the cookies are for comes before them, the links to the policies after them, and what each button means and who
 * the data controller is can be expanded below ("Więcej o plikach cookies i Twoich danych"). After a choice a short confirmation takes its place, gets the focus
 * and is announced, with a link to change the settings and a button to hide it. It is not shown on the settings
 * page itself, where the same choice is on the page.
 */
class CookieBanner extends Section {

    static final String CLASS_NAME = "cookie-banner";

    private final ConsentService consentService;
    private final Div question = new Div();
    private Registration consentListener;
    private Registration navigationListener;
    private boolean chosen;

    CookieBanner(ConsentService consentService, MunicipalityProperties municipality) {
        this.consentService = consentService;
        addClassName(CLASS_NAME);
        String portal = municipality.portalName();
        getElement().setAttribute("aria-label", getTranslation("consent.banner.label", portal));

        question.addClassName("cookie-banner-question");
        MunicipalityProperties.DataController controller = municipality.dataController();
        Div buttons = new Div(
                button("consent.banner.accept", "cookie-accept", () -> choose(consentService::acceptAll)),
                button("consent.banner.reject", "cookie-reject", () -> choose(consentService::rejectOptional)),
                button("consent.banner.settings", "cookie-open-settings", this::openSettings));
        buttons.addClassName("cookie-banner-buttons");
        // The texts and links are fixed: markup in two elements rather than ~25 components (see Markup).
        Div intro = Markup.fill(new Div(), "<h2>" + Markup.escape(getTranslation("consent.banner.heading", portal))
                + "</h2><p>" + Markup.escape(getTranslation("consent.banner.intro")) + "</p>");
        intro.addClassName("cookie-banner-intro");
        Div more = Markup.fill(new Div(), "<p>" + Markup.escape(getTranslation("consent.banner.more.before")) + " "
                + Markup.link(Routes.COOKIE_POLICY, getTranslation("consent.banner.more.cookiePolicy")) + " "
                + Markup.escape(getTranslation("consent.banner.more.between")) + " "
                + Markup.link(Routes.PRIVACY_POLICY, getTranslation("consent.banner.more.privacyPolicy"))
                + Markup.escape(getTranslation("consent.banner.more.after"))
                + "</p><details class=\"cookie-banner-details\"><summary>"
                + Markup.escape(getTranslation("consent.banner.details")) + "</summary><div><p>"
                + Markup.escape(getTranslation("consent.banner.choices")) + "</p><p>"
                + Markup.escape(getTranslation("consent.banner.controller", controller.name(),
                        controller.fullAddress())) + "</p></div></details>");
        more.addClassName("cookie-banner-more");
        question.add(intro, buttons, more);
        add(question);
    }

    private Button button(String key, String className, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassNames("cookie-banner-button", className);
        return button;
    }

    private void choose(Supplier<Consent> choice) {
        Consent consent = choice.get();
        chosen = true;
        UI ui = UI.getCurrent();
        ConsentChangedEvent.fire(ui, consent);
        AnalyticsScript.addIfAllowed(ui, consentService);
        showConfirmation(consent);
    }

    private void openSettings() {
        UI ui = UI.getCurrent();
        ui.navigate(Routes.COOKIE_SETTINGS);
        ui.getPage().executeJs("const main = document.getElementById($0); if (main) { main.focus(); }",
                MainLayout.MAIN_CONTENT_ID);
    }

    private void showConfirmation(Consent consent) {
        removeAll();
        String key = consent.allowsAllOptional() ? "consent.banner.accepted"
                : consent.allowsNoOptional() ? "consent.banner.rejected" : "consent.banner.saved";
        Anchor change = new Anchor(Routes.COOKIE_SETTINGS, getTranslation("consent.banner.change.link"));
        Paragraph text = new Paragraph(new Text(getTranslation(key) + " "
                + getTranslation("consent.banner.change.before") + " "), change, new Text("."));
        Button hide = new Button(getTranslation("consent.banner.hide"), click -> hide());
        hide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        hide.addClassNames("cookie-banner-button", "cookie-hide");
        Div confirmation = new Div(text, hide);
        confirmation.addClassName("cookie-banner-confirmation");
        // A new element with role="alert" is announced; the focus makes sure keyboard users land on it.
        confirmation.getElement().setAttribute("role", "alert");
        confirmation.getElement().setAttribute("tabindex", "-1");
        add(confirmation);
        confirmation.getElement().executeJs("this.focus()");
    }

    private void hide() {
        setVisible(false);
        // Through the page: an invisible element's own JavaScript calls wait until it is visible again.
        UI.getCurrent().getPage().executeJs("const main = document.getElementById($0); if (main) { main.focus(); }",
                MainLayout.MAIN_CONTENT_ID);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        consentListener = ComponentUtil.addListener(ui, ConsentChangedEvent.class, event -> {
            if (!chosen) {
                chosen = true;
                setVisible(false);
            }
        });
        navigationListener = ui.addAfterNavigationListener(this::afterNavigation);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        consentListener.remove();
        navigationListener.remove();
        super.onDetach(detachEvent);
    }

    private void afterNavigation(AfterNavigationEvent event) {
        boolean onSettings = Routes.COOKIE_SETTINGS.equals(event.getLocation().getPath());
        setVisible(!chosen && !onSettings);
    }
}
