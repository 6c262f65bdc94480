package pl.wizyty.consent.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import pl.wizyty.base.MunicipalityProperties;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;

/**
 * "Polityka prywatności" (GDPR art. 13): who controls the data, what the portal processes for booking, why and on
 * what legal basis, how long, the data subject's rights and how to reach the data protection officer. The texts
 * are in the message bundles, the municipality's names and addresses come from its settings.
 */
@Route(value = Routes.PRIVACY_POLICY, layout = MainLayout.class)
@AnonymousAllowed
class PrivacyPolicyView extends LegalPage implements TitledPage {

    PrivacyPolicyView(MunicipalityProperties municipality) {
        super("legal.privacy.title");
        MunicipalityProperties.DataController controller = municipality.dataController();
        paragraph("legal.privacy.intro", controller.name(), controller.fullAddress(), municipality.contactEmail(),
                municipality.dataProtectionOfficerEmail());

        section("legal.privacy.controller.heading");
        paragraph("legal.privacy.controller.text", controller.name(), controller.fullAddress(),
                municipality.contactEmail(), municipality.contactPhone());

        section("legal.privacy.dpo.heading");
        paragraph("legal.privacy.dpo.text", municipality.dataProtectionOfficerEmail(), controller.fullAddress());

        section("legal.privacy.data.heading");
        list("legal.privacy.data.identity", "legal.privacy.data.contact", "legal.privacy.data.visits",
                "legal.privacy.data.accessibility", "legal.privacy.data.account", "legal.privacy.data.consent");

        section("legal.privacy.purpose.heading");
        list("legal.privacy.purpose.visits", "legal.privacy.purpose.accessibility", "legal.privacy.purpose.account",
                "legal.privacy.purpose.cookies", "legal.privacy.purpose.consentRecord");

        section("legal.privacy.retention.heading");
        list("legal.privacy.retention.visits", "legal.privacy.retention.account",
                "legal.privacy.retention.consent");

        section("legal.privacy.recipients.heading");
        paragraph("legal.privacy.recipients.text");

        section("legal.privacy.rights.heading");
        list("legal.privacy.rights.access", "legal.privacy.rights.rectification", "legal.privacy.rights.erasure",
                "legal.privacy.rights.restriction", "legal.privacy.rights.objection",
                "legal.privacy.rights.withdraw");
        paragraph("legal.privacy.rights.how", municipality.dataProtectionOfficerEmail());
        paragraph("legal.privacy.complaint");

        section("legal.privacy.cookies.heading");
        add(sentenceWithLink("legal.privacy.cookies.text", Routes.COOKIE_POLICY, "legal.privacy.cookies.link"));
    }

    @Override
    public String titleKey() {
        return "legal.privacy.title";
    }
}
