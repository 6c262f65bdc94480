package pl.wizyty.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page that always fails to open, only in tests: what a person sees when something breaks (status 500). */
@Route(value = BrokenTestView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class BrokenTestView extends Div {

    public static final String ROUTE = "test/zepsuta-strona";

    public BrokenTestView() {
        throw new IllegalStateException("This page fails on purpose, to show the error page");
    }
}
