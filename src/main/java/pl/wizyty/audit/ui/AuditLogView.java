package pl.wizyty.audit.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.audit.AuditRecord;
import pl.wizyty.base.Routes;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.security.Roles;

/** "Dziennik zdarzeń": the audit trail for admins, newest first, filtered by kind of event; paged from the database. */
@Route(value = Routes.ADMIN_AUDIT, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends Div implements TitledPage {

    final Select<AuditAction> action = new Select<>();
    final Grid<AuditRecord> entries = new Grid<>();

    AuditLogView(AuditLog audit) {
        addClassNames("page", "page-wide", "audit-view");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.filter.all"));
        action.setItemLabelGenerator(chosen -> chosen == null ? getTranslation("audit.filter.all")
                : getTranslation(chosen.messageKey()));
        action.addValueChangeListener(change -> entries.getDataProvider().refreshAll());

        entries.addColumn(entry -> DateTimeTexts.date(entry.occurredAt(), getLocale()) + ", "
                + DateTimeTexts.time(entry.occurredAt())).setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true);
        entries.addColumn(entry -> entry.actorName() == null ? getTranslation("audit.actor.none")
                : entry.actorName() + " (#" + entry.actorId() + ")").setHeader(getTranslation("audit.column.who"))
                .setAutoWidth(true);
        entries.addColumn(entry -> getTranslation(entry.action().messageKey()))
                .setHeader(getTranslation("audit.column.what")).setAutoWidth(true);
        entries.addColumn(entry -> entry.subjectType() == null ? "" : entry.subjectType() + " #" + entry.subjectId())
                .setHeader(getTranslation("audit.column.subject")).setAutoWidth(true);
        entries.addColumn(AuditRecord::details).setHeader(getTranslation("audit.column.details")).setFlexGrow(1);
        entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.setAriaLabel(getTranslation("audit.heading"));
        entries.setItems(query -> audit.search(action.getValue(), null, null, toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(audit.count(action.getValue(), null, null)));

        add(new H1(getTranslation("audit.heading")), new Paragraph(getTranslation("audit.intro")), action, entries);
    }

    @Override
    public String titleKey() {
        return "audit.title";
    }
}
