package pl.wizyty.bench;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The load harness's floor: a bare Vaadin view (a heading and a 3-row grid over JPA, no frame, anonymous) on the same
 * stack, JVM and database as the portal, so that the harness reports the portal's times and heap as ratios to it.
 * Routed only in the {@code loadbench} profile ({@link FloorRoute}).
 */
@AnonymousAllowed
class FloorView extends Div {

    FloorView(FloorData data) {
        Grid<FloorData.Row> grid = new Grid<>();
        grid.addColumn(FloorData.Row::id).setHeader("Id");
        grid.addColumn(FloorData.Row::name).setHeader("Name");
        grid.setItems(data.firstThree());
        grid.setAllRowsVisible(true);
        H1 title = new H1();
        title.setText(FloorRoute.PATH);
        add(title, grid);
    }
}
