package pl.wizyty.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitState;

/** "Podgląd": everything about one visit, its history, and the visit as a calendar file while it is ahead. */
class VisitPreviewDialog extends VisitDialog {

    final DescriptionList details = new DescriptionList();
    final OrderedList history = new OrderedList();
    Anchor calendar;

    VisitPreviewDialog(VisitDetails visit) {
        setHeaderTitle(getTranslation("visit.preview.heading", visit.matter().name(getLocale())));
        addClassName("visit-preview");
        details.addClassName("visit-details");
        VisitTexts.row(details, "visit.field.matter", visit.matter().name(getLocale()), null);
        VisitTexts.row(details, "visit.field.office", visit.office().name(getLocale()), null);
        VisitTexts.row(details, "visit.field.address", visit.office().address(), null);
        VisitTexts.row(details, "visit.field.room", visit.office().room(getLocale()), null);
        VisitTexts.row(details, "visit.field.date", DateTimeTexts.date(visit.startsAt(), getLocale()), null);
        VisitTexts.row(details, "visit.field.time", getTranslation("visit.field.timeRange",
                DateTimeTexts.time(visit.startsAt()), DateTimeTexts.time(visit.endsAt())), null);
        VisitTexts.row(details, "visit.field.number", visit.bookingNumber(), null);
        VisitTexts.row(details, "visit.field.state", VisitTexts.stateBadge(visit.state(), this));
        VisitTexts.row(details, "visit.field.cancelReason", visit.cancelReason(), null);
        VisitTexts.row(details, "visit.field.contact", contact(visit), null);
        VisitTexts.row(details, "visit.field.note", visit.note(), "visit.field.none");
        VisitTexts.row(details, "visit.field.accessibilityNeeds", visit.accessibilityNeeds(), "visit.field.none");
        VisitTexts.row(details, "visit.field.officeAccessibility", visit.office().accessibilityInfo(getLocale()), null);
        VisitTexts.row(details, "visit.field.officePhone", visit.office().phone(), null);

        history.addClassName("visit-history");
        visit.history().forEach(entry -> history.add(new ListItem(VisitTexts.history(entry, this, getLocale()))));

        add(details, new H3(getTranslation("visit.bring.heading")), BookingSummary.whatToBring(visit.matter().whatToBring(getLocale()), this));
        if (visit.state() == VisitState.UPCOMING) {
            calendar = CalendarDownload.link(this, visit, "visit.calendar", getLocale());
            add(new Paragraph(calendar));
        }
        add(new H3(getTranslation("visit.history.heading")), history);
        getFooter().add(new Button(getTranslation("myVisits.close"), click -> close()));
    }

    /** E-mail and phone, whichever the visit has (the office may book with a phone only). */
    private static String contact(VisitDetails visit) {
        return Stream.of(visit.contactEmail(), visit.contactPhone())
                .filter(text -> text != null && !text.isBlank()).collect(Collectors.joining(", "));
    }

}
