package pl.wizyty.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import pl.wizyty.base.RuleViolation;

/**
 * The error summary at the top of a form (the GOV.UK pattern): a heading and every error, each a link that moves the
 * focus to its field. It takes the focus when shown, so a screen reader reads it and a keyboard user starts from it;
 * each field is marked invalid with its message too.
 */
public class ErrorSummary extends Div {

    private final UnorderedList list = new UnorderedList();

    public ErrorSummary() {
        addClassName("error-summary");
        getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("role", "alert");
        H2 heading = new H2(getTranslation("form.errorSummary.heading"));
        heading.addClassName("error-summary-heading");
        add(heading, list);
        setVisible(false);
    }

    /**
     * Shows every violation: next to its field (named in {@code fieldsByName}, in the form's order) and here; one that
     * names no field is listed without a link.
     */
    public void show(RuleViolation refused, Map<String, ? extends HasValidation> fieldsByName) {
        list.removeAll();
        for (RuleViolation violation : refused.violations()) {
            String message = getTranslation(violation.messageKey(), violation.args());
            HasValidation field = violation.field() == null ? null : fieldsByName.get(violation.field());
            if (field == null) {
                list.add(new ListItem(message));
                continue;
            }
            field.setErrorMessage(message);
            field.setInvalid(true);
            Anchor link = new Anchor("#" + idOf((Component) field, violation.field()), message);
            link.getElement().setAttribute("router-ignore", true);
            if (field instanceof Focusable<?> focusable) {
                link.getElement().addEventListener("click", click -> focusable.focus())
                        .preventDefault();
            }
            list.add(new ListItem(link));
        }
        setVisible(true);
        getElement().callJsFunction("focus");
    }

    public void clear() {
        list.removeAll();
        setVisible(false);
    }

    private static String idOf(Component field, String name) {
        return field.getId().orElseGet(() -> {
            field.setId("field-" + name);
            return "field-" + name;
        });
    }
}
