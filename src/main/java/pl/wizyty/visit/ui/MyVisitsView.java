package pl.wizyty.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Routes;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.Markup;
import pl.wizyty.base.ui.Notifications;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitFilter;
import pl.wizyty.visit.VisitRow;
import pl.wizyty.visit.VisitService;
import pl.wizyty.visit.VisitState;
import pl.wizyty.schedule.SlotService;
import pl.wizyty.security.Roles;

/**
 * Moje wizyty: the resident's visits under three filters, each row a card that stays readable at 320 px, with
 * "Podgląd" and a "Więcej opcji" menu (change the date, cancel) while the visit can still be changed. The address
 * {@code moje-wizyty/<numer>} opens the same list with that visit's preview, so a link in an e-mail can lead there.
 * Rows are read a page at a time; every rule is the visit service's, this view only shows its answers.
 */
@Route(value = Routes.MY_VISITS + "/:" + MyVisitsView.NUMBER_PARAMETER + "?", layout = MainLayout.class)
@RolesAllowed(Roles.RESIDENT)
class MyVisitsView extends Div implements TitledPage, BeforeEnterObserver {

    static final String NUMBER_PARAMETER = "bookingNumber";
    /** Up to one page of rows the grid grows with the page; beyond that it scrolls and loads pages lazily. */
    private static final int PAGE_SIZE = 50;

    private final VisitService visits;
    private final SlotService slots;

    final Map<VisitFilter, Button> filterButtons = new EnumMap<>(VisitFilter.class);
    /**
     * The list, built when a filter first has a visit to show: a grid is the heaviest component of the page (its
     * connector's calls wait in the session while it is hidden), and many residents open an empty list.
     */
    Grid<VisitRow> grid;
    private Paragraph keyboardHint;
    final Div empty = new Div();
    final Paragraph emptyText = new Paragraph();
    final Paragraph status = new Paragraph();
    private VisitFilter filter = VisitFilter.UPCOMING;

    MyVisitsView(VisitService visits, SlotService slots) {
        this.visits = visits;
        this.slots = slots;
        addClassNames("page", "my-visits");

        Paragraph bookNew = Markup.fill(new Paragraph(), Markup.link(Routes.BOOKING,
                getTranslation("myVisits.bookNew"), "class", "my-visits-book"));
        status.addClassName("success-text");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("tabindex", "-1");

        empty.addClassName("my-visits-empty");
        empty.add(emptyText, Markup.fill(new Paragraph(), Markup.link(Routes.BOOKING,
                getTranslation("myVisits.bookNew"))));

        add(new H1(getTranslation("myVisits.heading")), bookNew, filters(), status, empty);
        showFilter(VisitFilter.UPCOMING);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> number = event.getRouteParameters().get(NUMBER_PARAMETER);
        if (number.isEmpty()) {
            return;
        }
        try {
            VisitDetails visit = visits.myVisitByNumber(number.get());
            showFilter(filterShowing(visit.state()));
            openPreview(visit);
        } catch (RuleViolation notFound) {
            Notifications.error(getTranslation(notFound.messageKey(), notFound.args()));
            showAddress(null);
        }
    }

    private Component filters() {
        Div group = new Div();
        group.addClassName("my-visits-filters");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-label", getTranslation("myVisits.filter.label"));
        for (VisitFilter each : VisitFilter.values()) {
            Button button = new Button(getTranslation(each.messageKey()));
            button.addClassName("my-visits-filter");
            button.addClickListener(click -> {
                status.setText("");
                showFilter(each);
            });
            filterButtons.put(each, button);
            group.add(button);
        }
        return group;
    }

    private void showFilter(VisitFilter chosen) {
        filter = chosen;
        filterButtons.forEach((each, button) -> {
            boolean pressed = each == chosen;
            button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
            if (pressed) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        emptyText.setText(getTranslation("myVisits.empty." + chosen.name()));
        refresh();
    }

    private void refresh() {
        long count = visits.countMyVisits(filter);
        empty.setVisible(count == 0);
        if (count == 0 && grid == null) {
            return;
        }
        Grid<VisitRow> list = list();
        list.getElement().setAttribute("aria-label",
                getTranslation("myVisits.grid.label", getTranslation(filter.messageKey())));
        list.setVisible(count > 0);
        keyboardHint.setVisible(count > 0);
        list.setAllRowsVisible(count <= PAGE_SIZE);
        list.getDataProvider().refreshAll();
    }

    /** Whether the list of visits is on the page (an empty filter shows a text and a link instead). */
    boolean listShown() {
        return grid != null && grid.isVisible();
    }

    private Grid<VisitRow> list() {
        if (grid != null) {
            return grid;
        }
        grid = new Grid<>();
        grid.addClassName("my-visits-grid");
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(new ComponentRenderer<>(this::card)).setKey("visit");
        grid.setItems(query -> visits.myVisits(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) visits.countMyVisits(filter));

        // The list is a grid: Tab enters it once, arrows move between visits, Enter reaches a visit's buttons.
        keyboardHint = new Paragraph(getTranslation("myVisits.keyboardHint"));
        keyboardHint.setId("my-visits-keyboard-hint");
        keyboardHint.addClassName("keyboard-hint");
        grid.getElement().setAttribute("aria-describedby", keyboardHint.getId().orElseThrow());
        add(keyboardHint, grid);
        return grid;
    }

    private static VisitFilter filterShowing(VisitState state) {
        return switch (state) {
            case UPCOMING -> VisitFilter.UPCOMING;
            case CANCELLED -> VisitFilter.CANCELLED;
            case FINISHED, NO_SHOW -> VisitFilter.PAST;
        };
    }

    // One row as a card: the same fields on every width, laid out by CSS as columns or stacked.

    private Component card(VisitRow row) {
        String office = row.officeName(getLocale());
        String room = row.room(getLocale());
        String place = room == null || room.isBlank() ? office : getTranslation("myVisits.place", office, room);
        VisitState state = visits.stateOf(row);
        StringBuilder fields = new StringBuilder("<dl class=\"visit-card-fields\">");
        field(fields, "visit.field.when", VisitTexts.when(row.startsAt(), getLocale()), "visit-card-when", null);
        field(fields, "visit.field.matter", row.matterName(getLocale()), "visit-card-matter", null);
        field(fields, "visit.field.place", place, "visit-card-place", null);
        field(fields, "visit.field.number", row.bookingNumber(), "visit-card-number", null);
        field(fields, "visit.field.state", VisitTexts.state(state, this), "visit-card-state",
                VisitTexts.stateClassNames(state));
        fields.append("</dl>");

        String about = getTranslation("myVisits.about", row.matterName(getLocale()),
                DateTimeTexts.date(row.startsAt(), getLocale()), DateTimeTexts.time(row.startsAt()));
        Button preview = new Button(getTranslation("myVisits.preview"), click -> preview(row));
        preview.addClassName("visit-card-preview");
        preview.setAriaLabel(getTranslation("myVisits.preview.label", about));
        Div actions = new Div(preview);
        actions.addClassName("visit-card-actions");
        if (visits.isChangeable(row)) {
            actions.add(moreOptions(row, about));
        }
        // The fields are fixed text (the texts escaped): one element rather than a component per term and value, as
        // a resident may have up to a page of cards and every component is a node kept in the session (issue 15).
        Div card = new Div(new Html(fields.toString()), actions);
        card.addClassName("visit-card");
        return card;
    }

    private void field(StringBuilder list, String termKey, String value, String className, String valueClasses) {
        list.append("<div class=\"visit-card-field ").append(className).append("\"><dt>")
                .append(Markup.escape(getTranslation(termKey))).append("</dt><dd><span")
                .append(valueClasses == null ? "" : " class=\"" + valueClasses + "\"").append('>')
                .append(Markup.escape(value)).append("</span></dd></div>");
    }

    private MenuBar moreOptions(VisitRow row, String about) {
        MenuBar menu = new MenuBar();
        menu.addClassName("visit-card-more");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(getTranslation("myVisits.more")));
        // The help page tells people to click "Więcej opcji": the words are on the button, not only an icon.
        MenuItem root = menu.addItem(getTranslation("myVisits.more"));
        root.addComponentAsFirst(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("myVisits.more.label", about));
        root.getSubMenu().addItem(getTranslation("myVisits.reschedule"), click -> reschedule(row));
        root.getSubMenu().addItem(getTranslation("myVisits.cancel"), click -> cancel(row));
        return menu;
    }

    // The dialogs

    private void preview(VisitRow row) {
        load(row).ifPresent(this::openPreview);
    }

    private void openPreview(VisitDetails visit) {
        VisitPreviewDialog dialog = new VisitPreviewDialog(visit);
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                showAddress(null);
            }
        });
        dialog.open();
        showAddress(visit.bookingNumber());
    }

    private void cancel(VisitRow row) {
        load(row).ifPresent(visit -> new CancelVisitDialog(visit, visits, () -> changed("visit.cancel.done")).open());
    }

    private void reschedule(VisitRow row) {
        load(row).ifPresent(visit -> new RescheduleVisitDialog(visit, visits, slots,
                () -> changed("visit.reschedule.done")).open());
    }

    private Optional<VisitDetails> load(VisitRow row) {
        try {
            return Optional.of(visits.myVisit(row.id()));
        } catch (RuleViolation refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.args()));
            refresh();
            return Optional.empty();
        }
    }

    /**
     * After a change the row may leave the current filter and its buttons are re-rendered, so the message goes to
     * a live region that also takes the focus; the notification repeats it for sighted people.
     */
    private void changed(String messageKey) {
        String message = getTranslation(messageKey);
        status.setText(message);
        Notifications.success(message);
        refresh();
        status.getElement().callJsFunction("focus");
    }

    /** Keeps the address in step with the open preview, without a navigation. */
    private void showAddress(String bookingNumber) {
        String location = bookingNumber == null ? Routes.MY_VISITS : Routes.MY_VISITS + "/" + bookingNumber;
        UI.getCurrent().getPage().getHistory().replaceState(null, location);
    }

    @Override
    public String titleKey() {
        return "myVisits.title";
    }
}
