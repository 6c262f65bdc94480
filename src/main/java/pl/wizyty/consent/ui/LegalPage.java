package pl.wizyty.consent.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** A legal page built from message keys: headings, paragraphs, lists and links. */
abstract class LegalPage extends Div {

    LegalPage(String headingKey) {
        addClassNames("page", "legal-page");
        add(new H1(getTranslation(headingKey)));
    }

    void section(String headingKey) {
        add(new H2(getTranslation(headingKey)));
    }

    void paragraph(String key, Object... args) {
        add(new Paragraph(getTranslation(key, args)));
    }

    void list(String... keys) {
        UnorderedList list = new UnorderedList();
        for (String key : keys) {
            list.add(new ListItem(getTranslation(key)));
        }
        add(list);
    }

    /** A sentence that ends in a link: "Swój wybór zmienisz w [ustawieniach cookies]." */
    Component sentenceWithLink(String beforeKey, String route, String linkKey) {
        return new Paragraph(new Text(getTranslation(beforeKey) + " "), new Anchor(route, getTranslation(linkKey)),
                new Text("."));
    }
}
