package pl.wizyty.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import pl.wizyty.base.Routes;

/** What every error page of the portal shows inside the frame: a heading, what happened, and the way home. */
final class ErrorPages {

    private ErrorPages() {
    }

    /** Fills the page from the keys {@code error.<kind>.heading} and {@code error.<kind>.text}. */
    static void show(Div page, String kind) {
        page.removeAll();
        page.addClassNames("page", "error-page");
        page.add(new H1(page.getTranslation("error." + kind + ".heading")),
                new Paragraph(page.getTranslation("error." + kind + ".text")),
                new Paragraph(new Anchor(Routes.HOME, page.getTranslation("error.backHome"))));
    }
}
