package pl.wizyty.help.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import pl.wizyty.base.Routes;

/** A help or legal page built from message keys: headings, paragraphs and numbered steps. */
abstract class HelpArticle extends Div {

    HelpArticle(String headingKey) {
        addClassNames("page", "help-article");
        add(new H1(getTranslation(headingKey)));
    }

    void section(String headingKey) {
        add(new H2(getTranslation(headingKey)));
    }

    void paragraph(String key, Object... args) {
        add(new Paragraph(getTranslation(key, args)));
    }

    void steps(String... keys) {
        OrderedList list = new OrderedList();
        for (String key : keys) {
            list.add(new ListItem(getTranslation(key)));
        }
        add(list);
    }

    void backToHelp() {
        Component back = new Anchor(Routes.HELP, getTranslation("help.back"));
        add(back);
    }
}
