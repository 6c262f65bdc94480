package pl.wizyty.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "No access", in the frame, with status 403: a signed-in person opened a page of another role (a resident on an
 * admin address). Vaadin's own handler would turn this into "page not found"; the addresses are public anyway, and
 * the person learns that signing in with another account is what would help. Someone not signed in is sent to sign
 * in instead, before this page is ever reached.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException>, TitledPage {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        ErrorPages.show(this, "accessDenied");
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String titleKey() {
        return "error.accessDenied.title";
    }
}
