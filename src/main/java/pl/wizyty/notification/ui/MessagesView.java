package pl.wizyty.notification.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Routes;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.Notifications;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.notification.MessageRow;
import pl.wizyty.notification.MessageStatus;
import pl.wizyty.notification.NotificationService;
import pl.wizyty.security.Roles;

/**
 * "Wiadomości": every message the portal sent or holds, newest first, paged from the database and searchable by
 * recipient or subject. A row opens to its text; "Wyślij ponownie" queues it again. Without a mail server this is
 * where messages are read.
 */
@Route(value = Routes.ADMIN_MESSAGES, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class MessagesView extends Div implements TitledPage {

    final TextField search = new TextField();
    final Select<MessageStatus> status = new Select<>();
    final Grid<MessageRow> messages = new Grid<>();
    private final NotificationService notifications;

    MessagesView(NotificationService notifications) {
        this.notifications = notifications;
        addClassNames("page", "page-wide", "messages-view");
        search.setLabel(getTranslation("messages.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> messages.getDataProvider().refreshAll());
        status.setLabel(getTranslation("messages.filter.status"));
        status.setItems(MessageStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(chosen -> chosen == null ? getTranslation("messages.filter.all")
                : getTranslation("messages.status." + chosen.name()));
        status.addValueChangeListener(change -> messages.getDataProvider().refreshAll());

        messages.addColumn(row -> when(row.createdAt())).setHeader(getTranslation("messages.column.created"))
                .setAutoWidth(true);
        messages.addColumn(row -> getTranslation("messages.status." + row.status().name()))
                .setHeader(getTranslation("messages.column.status")).setAutoWidth(true);
        messages.addColumn(MessageRow::recipient).setHeader(getTranslation("messages.column.recipient"))
                .setAutoWidth(true);
        messages.addColumn(MessageRow::subject).setHeader(getTranslation("messages.column.subject")).setFlexGrow(1);
        messages.addColumn(MessageRow::attempts).setHeader(getTranslation("messages.column.attempts"))
                .setAutoWidth(true);
        messages.addColumn(row -> row.lastError() == null ? "" : row.lastError())
                .setHeader(getTranslation("messages.column.error")).setFlexGrow(1);
        messages.addComponentColumn(this::resendButton).setHeader(getTranslation("messages.column.actions"))
                .setAutoWidth(true);
        messages.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        messages.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        messages.setAriaLabel(getTranslation("messages.heading"));
        messages.setItems(query -> notifications.messages(search.getValue(), status.getValue(),
                toSpringPageRequest(query)).stream(),
                query -> Math.toIntExact(notifications.count(search.getValue(), status.getValue())));

        Div filters = new Div(search, status);
        filters.addClassName("admin-filters");
        add(new H1(getTranslation("messages.heading")), new Paragraph(getTranslation("messages.intro")), filters,
                messages);
    }

    private Div details(MessageRow row) {
        Pre body = new Pre(row.body() == null ? getTranslation("messages.body.purged") : row.body());
        body.addClassName("message-body");
        Div details = new Div(new Paragraph(getTranslation("messages.details", when(row.dueAt()),
                row.sentAt() == null ? "—" : when(row.sentAt()))), body);
        details.addClassName("message-details");
        return details;
    }

    private Button resendButton(MessageRow row) {
        Button resend = new Button(getTranslation("messages.resend"), click -> resend(row));
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        resend.setAriaLabel(getTranslation("messages.resend.named", row.recipient(), row.subject()));
        resend.setEnabled(row.resendable());
        return resend;
    }

    private void resend(MessageRow row) {
        try {
            notifications.resend(row.id(), row.version());
            Notifications.success(getTranslation("messages.resend.done", row.recipient()));
            messages.getDataProvider().refreshAll();
        } catch (RuleViolation refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.args()));
        }
    }

    private String when(Instant instant) {
        return DateTimeTexts.date(instant, getLocale()) + ", " + DateTimeTexts.time(instant);
    }

    @Override
    public String titleKey() {
        return "messages.title";
    }
}
