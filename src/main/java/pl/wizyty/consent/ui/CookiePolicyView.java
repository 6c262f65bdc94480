package pl.wizyty.consent.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import pl.wizyty.base.MunicipalityProperties;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.consent.ConsentCategory;
import pl.wizyty.consent.ConsentProperties;
import pl.wizyty.consent.CookieDefinition;
import pl.wizyty.consent.CookieRegistry;

/**
 * "Polityka cookies": the categories and every cookie the portal can set, rendered from the {@link CookieRegistry}
 * so that the page cannot drift from what the code does.
 */
@Route(value = Routes.COOKIE_POLICY, layout = MainLayout.class)
@AnonymousAllowed
class CookiePolicyView extends LegalPage implements TitledPage {

    CookiePolicyView(MunicipalityProperties municipality, CookieRegistry registry,
            ConsentProperties properties) {
        super("legal.cookies.title");
        paragraph("legal.cookies.intro", municipality.dataController().name(),
                municipality.dataController().fullAddress(), municipality.contactEmail(),
                municipality.dataProtectionOfficerEmail());
        add(sentenceWithLink("consent.policy.change", Routes.COOKIE_SETTINGS, "consent.policy.change.link"));

        section("consent.policy.categories");
        for (ConsentCategory category : ConsentCategory.values()) {
            paragraph("consent.policy.category", getTranslation(categoryName(category)),
                    getTranslation("consent.category." + category.name() + ".description"));
        }

        section("consent.policy.list");
        add(table(registry));
        if (properties.hasAnalyticsScript()) {
            paragraph("consent.policy.analytics", properties.analyticsScriptUrl());
        }
        paragraph("consent.policy.version", properties.policyVersion());
    }

    private Div table(CookieRegistry registry) {
        NativeTable table = new NativeTable();
        table.addClassName("cookie-table");
        table.setCaptionText(getTranslation("consent.policy.table.caption"));
        NativeTableRow header = table.getHead().addRow();
        for (String column : new String[] {"name", "purpose", "category", "provider", "lifetime"}) {
            NativeTableHeaderCell cell = header.addHeaderCell();
            cell.setText(getTranslation("consent.policy.table." + column));
            cell.getElement().setAttribute("scope", "col");
        }
        NativeTableBody body = table.getBody();
        for (CookieDefinition cookie : registry.all()) {
            NativeTableRow row = body.addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(cookie.name());
            name.getElement().setAttribute("scope", "row");
            row.addDataCell().setText(getTranslation(cookie.purposeKey()));
            row.addDataCell().setText(getTranslation(categoryName(cookie.category())));
            row.addDataCell().setText(getTranslation(cookie.providerKey()));
            row.addDataCell().setText(lifetime(cookie.lifetime()));
        }
        // Narrow screens scroll the table rather than the page; the region is focusable to scroll by keyboard.
        Div scroller = new Div(table);
        scroller.addClassName("table-scroller");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("aria-label", getTranslation("consent.policy.table.caption"));
        return scroller;
    }

    private static String categoryName(ConsentCategory category) {
        return "consent.category." + category.name() + ".name";
    }

    private String lifetime(Duration lifetime) {
        if (lifetime == null) {
            return getTranslation("consent.lifetime.session");
        }
        long days = lifetime.toDays();
        return days % 365 == 0 ? getTranslation("consent.lifetime.years", days / 365)
                : getTranslation("consent.lifetime.days", days);
    }

    @Override
    public String titleKey() {
        return "legal.cookies.title";
    }
}
