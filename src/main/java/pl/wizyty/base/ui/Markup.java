package pl.wizyty.base.ui;

import com.vaadin.flow.component.Component;
import org.jsoup.nodes.Entities;

/**
 * Fixed text and links of the frame as markup inside one element rather than a component per tag and text. Every
 * component is a node kept in the session for as long as the page is open, twice over (the tree, and Vaadin's copy
 * of its last answer): about 0.7 KB a node on a signed-in page (issue 15, docs/perf/load-harness.md). What is
 * written here has no listener and no state; the texts and the attribute values are escaped, so nothing from the
 * bundles or the settings becomes markup.
 */
public final class Markup {

    private Markup() {
    }

    /** The text as HTML: {@code & < > " '} escaped, so it is safe in an element and in a quoted attribute. */
    public static String escape(String text) {
        return Entities.escape(text == null ? "" : text);
    }

    /** A link inside the application; the client's router follows it as it follows an {@code Anchor}. */
    public static String link(String href, String text, String... attributes) {
        StringBuilder markup = new StringBuilder("<a href=\"").append(escape(href)).append('"');
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            markup.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
        return markup.append('>').append(escape(text)).append("</a>").toString();
    }

    /** Replaces what the component shows by the markup (built from {@link #escape}d texts). */
    public static <C extends Component> C fill(C component, String innerMarkup) {
        component.getElement().removeAllChildren();
        component.getElement().setProperty("innerHTML", innerMarkup);
        return component;
    }

    /** What {@link #fill} put into the component (for tests and for keeping it unchanged when nothing changed). */
    public static String contentOf(Component component) {
        return component.getElement().getProperty("innerHTML", "");
    }
}
