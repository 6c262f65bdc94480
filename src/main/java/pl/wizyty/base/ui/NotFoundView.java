package pl.wizyty.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import pl.wizyty.base.Routes;

/** "Page not found", in the frame, with a way back. Also what a person sees for a page they may not open. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, TitledPage {

    public NotFoundView() {
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1(getTranslation("error.notFound.heading")),
                new Paragraph(getTranslation("error.notFound.text")),
                new Anchor(Routes.HOME, getTranslation("error.backHome")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String titleKey() {
        return "error.notFound.title";
    }
}
