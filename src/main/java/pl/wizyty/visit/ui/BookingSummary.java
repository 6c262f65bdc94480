package pl.wizyty.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.schedule.FreeSlot;
import pl.wizyty.schedule.MatterAtOffice;

/** Step 4's summary: what, where and when, and what to bring. */
class BookingSummary extends Div {

    BookingSummary() {
        addClassName("booking-summary");
    }

    void show(MatterAtOffice chosen, FreeSlot slot) {
        DescriptionList list = new DescriptionList();
        row(list, "booking.summary.matter", chosen.matter().name(getLocale()));
        row(list, "booking.summary.office", chosen.office().name(getLocale()));
        row(list, "booking.summary.address", chosen.office().address());
        row(list, "booking.summary.room", chosen.office().room(getLocale()));
        row(list, "booking.summary.date", DateTimeTexts.date(slot.date(), getLocale()));
        row(list, "booking.summary.time", DateTimeTexts.time(slot.time()));
        removeAll();
        add(new H3(getTranslation("booking.summary.heading")), list, new H3(getTranslation("booking.bring.heading")),
                whatToBring(chosen.matter().whatToBring(getLocale()), this));
    }

    /** The matter's list of what to bring, already in the reader's language. */
    static Component whatToBring(List<String> items, Component owner) {
        if (items == null || items.isEmpty()) {
            return new Paragraph(owner.getTranslation("booking.bring.nothing"));
        }
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        list.addClassName("booking-bring");
        return list;
    }

    private static void row(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(list.getTranslation(key)), new DescriptionList.Description(value));
        }
    }
}
