package pl.wizyty.accessibility.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.nodes.Entities;
import pl.wizyty.accessibility.AccessibilityStatementProperties;
import pl.wizyty.accessibility.AccessibilityStatementProperties.ComplianceStatus;
import pl.wizyty.base.MunicipalityProperties;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.schedule.OfficeInfo;
import pl.wizyty.schedule.ScheduleService;

/**
 * "Deklaracja dostępności" in the sections and order of the official template (act of 4 April 2019 on the digital
 * accessibility of public bodies' websites), with the template's element ids ({@code a11y-podmiot},
 * {@code a11y-data-publikacja}, ...) that the ministry's monitoring reads. Filled from the municipality's
 * settings, the statement's own settings and the offices' accessibility information.
 */
@Route(value = Routes.ACCESSIBILITY_STATEMENT, layout = MainLayout.class)
@AnonymousAllowed
class AccessibilityStatementView extends Div implements TitledPage {

    private static final String RPO_URL = "https://bip.brpo.gov.pl/";
    private static final int KNOWN_LIMITATIONS = 2;

    AccessibilityStatementView(MunicipalityProperties municipality,
            AccessibilityStatementProperties statement, ScheduleService schedule) {
        addClassNames("page", "help-article", "accessibility-statement");
        H1 heading = new H1(getTranslation("legal.accessibility.title"));
        heading.setId("a11y-deklaracja");
        add(heading);
        add(markup("p", "a11y-wstep", withMarkup("a11y.statement.intro",
                span("a11y-podmiot", municipality.municipalityName()),
                link("a11y-url", portalAddress(statement), municipality.portalName()))));

        section("a11y-daty", "a11y.statement.dates.heading");
        add(list(withMarkup("a11y.statement.dates.published",
                        span("a11y-data-publikacja", statement.publishedOn().toString())),
                withMarkup("a11y.statement.dates.updated",
                        span("a11y-data-aktualizacja", statement.lastUpdatedOn().toString()))));

        section("a11y-stan", "a11y.statement.status.heading");
        Paragraph status = new Paragraph(getTranslation("a11y.statement.status." + statement.status().name()));
        status.setId("a11y-status");
        add(status);
        if (statement.status() != ComplianceStatus.COMPLIANT) {
            add(new H3(getTranslation("a11y.statement.nonCompliant.heading")));
            add(plainList(nonCompliantContent(statement)));
        }

        section("a11y-przygotowanie", "a11y.statement.preparation.heading");
        add(list(withMarkup("a11y.statement.preparation.prepared",
                        span("a11y-data-sporzadzenie", statement.preparedOn().toString())),
                withMarkup("a11y.statement.preparation.reviewed",
                        span("a11y-data-przeglad", statement.reviewedOn().toString())),
                escape(getTranslation("a11y.statement.preparation." + statement.assessment().name()))));

        section("a11y-ulatwienia", "a11y.statement.features.heading");
        add(plainList(List.of(getTranslation("a11y.statement.features.mode"),
                getTranslation("a11y.statement.features.keyboard"),
                getTranslation("a11y.statement.features.browser"))));

        section("a11y-kontakt", "a11y.statement.contact.heading");
        String person = statement.coordinatorName() == null || statement.coordinatorName().isBlank()
                ? getTranslation("a11y.statement.contact.defaultPerson") : statement.coordinatorName();
        String email = orDefault(statement.coordinatorEmail(), municipality.contactEmail());
        String phone = orDefault(statement.coordinatorPhone(), municipality.contactPhone());
        add(markup("p", null, withMarkup("a11y.statement.contact.person", span("a11y-osoba", person),
                link("a11y-email", "mailto:" + email, email),
                link("a11y-telefon", "tel:" + phone.replaceAll("[^+0-9]", ""), phone))));
        paragraph("a11y.statement.contact.sameWay");

        section("a11y-procedura", "a11y.statement.procedure.heading");
        paragraph("a11y.statement.procedure.right");
        paragraph("a11y.statement.procedure.content");
        paragraph("a11y.statement.procedure.deadline");
        paragraph("a11y.statement.procedure.complaint");
        Anchor rpo = new Anchor(RPO_URL, getTranslation("a11y.statement.procedure.rpoLink"));
        rpo.setRouterIgnore(true);
        add(new Paragraph(new Text(getTranslation("a11y.statement.procedure.rpo") + " "), rpo));

        section("a11y-architektura", "a11y.statement.architecture.heading");
        paragraph("a11y.statement.architecture.intro");
        schedule.allOffices().forEach(this::office);
        paragraph("a11y.statement.architecture.dogs");

        section("a11y-aplikacje", "a11y.statement.apps.heading");
        paragraph("a11y.statement.apps.none");
    }

    @Override
    public String titleKey() {
        return "legal.accessibility.title";
    }

    private void office(OfficeInfo office) {
        add(new H3(office.name(getLocale())));
        String room = office.room(getLocale());
        String where = room == null || room.isBlank() ? office.address() : office.address() + ", " + room;
        add(new Paragraph(getTranslation("a11y.statement.architecture.where", where)));
        String accessibility = office.accessibilityInfo(getLocale());
        add(new Paragraph(accessibility == null || accessibility.isBlank()
                ? getTranslation("a11y.statement.architecture.noInfo") : accessibility));
    }

    private List<String> nonCompliantContent(AccessibilityStatementProperties statement) {
        if (!statement.nonCompliantContent().isEmpty()) {
            return statement.nonCompliantContent();
        }
        return IntStream.rangeClosed(1, KNOWN_LIMITATIONS)
                .mapToObj(i -> getTranslation("a11y.statement.nonCompliant." + i)).toList();
    }

    /** The portal's own address: from the settings, else the one the person reached it at. */
    private static String portalAddress(AccessibilityStatementProperties statement) {
        if (statement.portalAddress() != null && !statement.portalAddress().isBlank()) {
            return statement.portalAddress();
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
            var http = servlet.getHttpServletRequest();
            String port = http.getServerPort() == 80 || http.getServerPort() == 443 ? ""
                    : ":" + http.getServerPort();
            return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath() + "/";
        }
        return "/";
    }

    private void section(String id, String key) {
        H2 heading = new H2(getTranslation(key));
        heading.setId(id);
        add(heading);
    }

    private void paragraph(String key) {
        add(new Paragraph(getTranslation(key)));
    }

    /**
     * The message with markup in place of its parameters. The message itself is escaped; the markup is built here
     * from escaped values, so nothing from the settings or the bundles can inject HTML.
     */
    private String withMarkup(String key, String... markup) {
        Object[] tokens = new Object[markup.length];
        for (int i = 0; i < markup.length; i++) {
            tokens[i] = "@@" + i + "@@";
        }
        String text = escape(getTranslation(key, tokens));
        for (int i = 0; i < markup.length; i++) {
            text = text.replace("@@" + i + "@@", markup[i]);
        }
        return text;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }

    private static String span(String id, String text) {
        return "<span id=\"" + id + "\">" + escape(text) + "</span>";
    }

    private static String link(String id, String href, String text) {
        return "<a id=\"" + id + "\" href=\"" + escape(href) + "\" router-ignore>" + escape(text) + "</a>";
    }

    /** A list whose items already hold safe markup (escaped texts and the template's spans). */
    private static Component list(String... itemsMarkup) {
        return new Html("<ul>" + String.join("", List.of(itemsMarkup).stream()
                .map(item -> "<li>" + item + "</li>").toList()) + "</ul>");
    }

    private static Component plainList(List<String> texts) {
        UnorderedList list = new UnorderedList();
        texts.forEach(text -> list.add(new ListItem(text)));
        return list;
    }

    private static Component markup(String tag, String id, String innerMarkup) {
        String idAttribute = id == null ? "" : " id=\"" + id + "\"";
        return new Html("<" + tag + idAttribute + ">" + innerMarkup + "</" + tag + ">");
    }
}
