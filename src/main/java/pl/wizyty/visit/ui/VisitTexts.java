package pl.wizyty.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.Locale;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.visit.HistoryEntry;
import pl.wizyty.visit.VisitState;

/** How Moje wizyty writes a visit's time, place, state and history, the same way in the list and the dialogs. */
final class VisitTexts {

    private VisitTexts() {
    }

    /** "wtorek, 8 grudnia 2026, 10:00". */
    static String when(Instant instant, Locale locale) {
        return DateTimeTexts.date(instant, locale) + ", " + DateTimeTexts.time(instant);
    }

    static String state(VisitState state, Component owner) {
        return owner.getTranslation(state.messageKey());
    }

    /** A status as a badge with its text, so it never depends on colour alone. */
    static Span stateBadge(VisitState state, Component owner) {
        Span badge = new Span(state(state, owner));
        badge.getElement().setAttribute("class", stateClassNames(state));
        return badge;
    }

    /** The badge's classes, for a badge written as markup (the cards of Moje wizyty). */
    static String stateClassNames(VisitState state) {
        return "visit-state visit-state-" + state.name().toLowerCase(Locale.ROOT);
    }

    static String history(HistoryEntry entry, Component owner, Locale locale) {
        return switch (entry.kind()) {
            case BOOKED -> owner.getTranslation("visit.history.BOOKED", when(entry.at(), locale));
            case RESCHEDULED -> owner.getTranslation("visit.history.RESCHEDULED", when(entry.fromStart(), locale),
                    when(entry.toStart(), locale));
            case CANCELLED -> entry.reason() == null || entry.reason().isBlank()
                    ? owner.getTranslation("visit.history.CANCELLED", when(entry.at(), locale),
                            owner.getTranslation("visit.actor." + entry.by().name()))
                    : owner.getTranslation("visit.history.CANCELLED.reason", when(entry.at(), locale),
                            owner.getTranslation("visit.actor." + entry.by().name()), entry.reason());
            case ATTENDED -> owner.getTranslation("visit.history.ATTENDED", when(entry.at(), locale));
            case NO_SHOW -> owner.getTranslation("visit.history.NO_SHOW", when(entry.at(), locale));
        };
    }

    /** Adds a term and its description; an empty value is skipped unless a text for "none" is given. */
    static void row(DescriptionList list, String termKey, String value, String noneKey) {
        boolean empty = value == null || value.isBlank();
        if (empty && noneKey == null) {
            return;
        }
        list.add(new DescriptionList.Term(list.getTranslation(termKey)),
                new DescriptionList.Description(empty ? list.getTranslation(noneKey) : value));
    }

    static void row(DescriptionList list, String termKey, Component value) {
        list.add(new DescriptionList.Term(list.getTranslation(termKey)), new DescriptionList.Description(value));
    }
}
