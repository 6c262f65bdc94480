package pl.wizyty.base.ui;

import com.vaadin.flow.router.NavigationState;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The HTTP status of the page itself for an address that is no page (404) or a page of another role (403). Vaadin
 * answers the page request with its shell before the router runs (the view comes in the next request), so the status
 * that {@link NotFoundView} and {@link AccessDeniedView} give would otherwise never reach the browser, search
 * engines or monitoring, which would see 200. What the person reads is the same error view, in the frame.
 */
@Component
class ErrorStatus implements VaadinServiceInitListener {

    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            VaadinRequest request = response.getVaadinRequest();
            String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
            Optional<NavigationState> target = event.getSource().getRouter()
                    .resolveNavigationTarget(path, Map.of());
            if (target.isEmpty()) {
                response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            } else if (request instanceof VaadinServletRequest servletRequest
                    && servletRequest.getUserPrincipal() != null
                    && !access.hasAccess(target.get().getNavigationTarget(), servletRequest.getHttpServletRequest())) {
                response.getVaadinResponse().setStatus(HttpServletResponse.SC_FORBIDDEN);
            }
        });
    }
}
