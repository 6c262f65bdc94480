package pl.wizyty.clerk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * Horizontal bars drawn with CSS, each as long as its value relative to the largest. Hidden from screen readers: the
 * table next to it carries the same numbers.
 */
class BarChart extends Div {

    record Bar(String label, long value) {
    }

    BarChart(List<Bar> bars) {
        addClassName("report-chart");
        getElement().setAttribute("aria-hidden", "true");
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        for (Bar bar : bars) {
            Span label = new Span(bar.label());
            label.addClassName("report-bar-label");
            Div fill = new Div();
            fill.addClassName("report-bar-fill");
            fill.getStyle().set("width", (max == 0 ? 0 : bar.value() * 100 / max) + "%");
            Div track = new Div(fill);
            track.addClassName("report-bar-track");
            Span value = new Span(String.valueOf(bar.value()));
            value.addClassName("report-bar-value");
            Div row = new Div(label, track, value);
            row.addClassName("report-bar");
            add(row);
        }
    }
}
