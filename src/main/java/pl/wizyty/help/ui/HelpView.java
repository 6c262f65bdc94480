package pl.wizyty.help.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;

/** "Pomoc": the list of help pages, one per feature. */
@Route(value = Routes.HELP, layout = MainLayout.class)
@AnonymousAllowed
class HelpView extends Div implements TitledPage {

    HelpView() {
        addClassNames("page", "help-view");
        UnorderedList topics = new UnorderedList();
        for (HelpTopic topic : HelpTopic.values()) {
            topics.add(new ListItem(new Anchor(topic.route(), getTranslation(topic.titleKey()))));
        }
        add(new H1(getTranslation("help.heading")), new Paragraph(getTranslation("help.intro")), topics);
    }

    @Override
    public String titleKey() {
        return "help.title";
    }
}
