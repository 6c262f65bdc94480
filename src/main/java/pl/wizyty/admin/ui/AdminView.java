package pl.wizyty.admin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.security.Roles;

/** "Administracja": every admin screen, in the order a town hall sets itself up. */
@Route(value = Routes.ADMIN, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class AdminView extends Div implements TitledPage {

    AdminView() {
        addClassNames("page", "admin-hub");
        UnorderedList links = new UnorderedList();
        links.addClassName("admin-links");
        item(links, Routes.ADMIN_OFFICES, "admin.offices");
        item(links, Routes.ADMIN_MATTERS, "admin.matters");
        item(links, Routes.ADMIN_DESKS, "admin.desks");
        item(links, Routes.ADMIN_HOURS, "admin.hours");
        item(links, Routes.ADMIN_CLOSURES, "admin.closures");
        item(links, Routes.ADMIN_STAFF, "admin.staffHub");
        item(links, Routes.ADMIN_AUDIT, "admin.audit");
        item(links, Routes.ADMIN_MESSAGES, "admin.messages");
        add(new H1(getTranslation("admin.heading")), new Paragraph(getTranslation("admin.intro")), links);
    }

    private void item(UnorderedList links, String route, String keys) {
        Anchor link = new Anchor(route, getTranslation(keys + ".heading"));
        Span help = new Span(getTranslation(keys + ".summary"));
        help.addClassName("admin-link-help");
        links.add(new ListItem(link, help));
    }

    @Override
    public String titleKey() {
        return "admin.title";
    }
}
