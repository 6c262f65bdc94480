package pl.wizyty.bench;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Routes {@link FloorView} at {@code /bench-floor} when the {@code loadbench} profile is active (the load harness
 * starts the jar with it, see README "Load harness"); without the profile the address does not exist.
 */
@Component
@Profile(FloorRoute.PROFILE)
class FloorRoute implements VaadinServiceInitListener {

    static final String PROFILE = "loadbench";
    static final String PATH = "bench-floor";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute(PATH, FloorView.class);
    }
}
