package pl.wizyty.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableRunnable;
import pl.wizyty.base.Routes;

/**
 * The frame of an admin list: heading, a line of help, search, "Dodaj" and a lazy grid that reads one page at a time.
 * Texts come from keys under the given prefix ({@code .heading}, {@code .intro}, {@code .add}, {@code .list}).
 */
class AdminList<T> extends Div {

    final TextField search = new TextField();
    final Button add = new Button();
    final Grid<T> grid = new Grid<>();

    AdminList(String keys, SerializableRunnable onAdd) {
        addClassName("admin-list");
        Anchor back = new Anchor(Routes.ADMIN, getTranslation("admin.backToHub"));
        search.setLabel(getTranslation("admin.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        add.setText(getTranslation(keys + ".add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> onAdd.run());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation(keys + ".list"));
        grid.setPageSize(50);
        grid.setAllRowsVisible(false);
        Div tools = new Div(search, add);
        tools.addClassName("admin-tools");
        add(new Paragraph(back), new H1(getTranslation(keys + ".heading")),
                new Paragraph(getTranslation(keys + ".intro")), tools, grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** "Edytuj" for a row, named with the row so that a screen reader tells which one. */
    Button editButton(String rowName, SerializableRunnable onEdit) {
        Button edit = new Button(getTranslation("admin.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("admin.edit.named", rowName));
        edit.addClickListener(click -> onEdit.run());
        return edit;
    }
}
