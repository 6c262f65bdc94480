package pl.wizyty.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import pl.wizyty.base.MunicipalityProperties;
import pl.wizyty.base.Routes;
import pl.wizyty.schedule.ScheduleService;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;

/**
 * "Umawianie wizyt": where a resident starts, with the two things most come for. A clerk, who books nothing for
 * themself, lands on the desk instead (the sign-in lands everyone here unless they were going elsewhere).
 */
@Route(value = Routes.HOME, layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends Div implements TitledPage, BeforeEnterObserver {

    private final CurrentUser currentUser;

    public HomeView(MunicipalityProperties municipality, ScheduleService schedule, CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassNames("page", "home-view");
        if (schedule.bookableCatalogue("").isEmpty()) {
            add(new H1(getTranslation("setup.heading")), new Paragraph(getTranslation("setup.text",
                    municipality.contactPhone(), municipality.contactEmail())));
            return;
        }
        Anchor book = new Anchor(Routes.BOOKING, getTranslation("home.book"));
        book.addClassNames("action-card", "action-primary");
        Anchor myVisits = new Anchor(Routes.MY_VISITS, getTranslation("home.myVisits"));
        myVisits.addClassName("action-card");
        Div actions = new Div(book, myVisits);
        actions.addClassName("action-cards");

        Paragraph contact = new Paragraph(getTranslation("home.contact", municipality.contactPhone(),
                municipality.contactEmail()));
        add(new H1(getTranslation("home.heading")),
                new Paragraph(getTranslation("home.intro", municipality.municipalityName())),
                actions,
                new H2(getTranslation("home.help.heading")),
                new Paragraph(getTranslation("home.help.text")),
                new Anchor(Routes.HELP, getTranslation("home.help.link")),
                contact);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().filter(user -> user.hasRole(Roles.CLERK)).isPresent()) {
            event.forwardTo(Routes.CLERK_DESK);
        }
    }

    @Override
    public String titleKey() {
        return "home.title";
    }
}
