package pl.wizyty.visit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Routes;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitService;
import pl.wizyty.security.Roles;

/**
 * What a resident sees right after booking: the booking number to quote, when and where to come, what to bring,
 * and the visit as a calendar file. Only the visit's own resident finds it; any other number is "not found".
 */
@Route(value = Routes.BOOKING + "/potwierdzenie/:" + BookingNavigation.NUMBER_PARAMETER, layout = MainLayout.class)
@RolesAllowed(Roles.RESIDENT)
class BookingConfirmationView extends Div implements TitledPage, BeforeEnterObserver {

    private final VisitService visits;
    final Span number = new Span();
    Anchor calendar;
    private boolean found;

    BookingConfirmationView(VisitService visits) {
        this.visits = visits;
        addClassNames("page", "booking-confirmation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String requested = event.getRouteParameters().get(BookingNavigation.NUMBER_PARAMETER).orElse("");
        try {
            show(visits.myVisitByNumber(requested));
            found = true;
        } catch (RuleViolation notFound) {
            found = false;
            add(new H1(getTranslation("booking.confirmation.notFound.heading")),
                    new Paragraph(getTranslation(notFound.messageKey(), notFound.args())),
                    new Paragraph(myVisitsLink()));
        }
    }

    private void show(VisitDetails visit) {
        number.setText(visit.bookingNumber());
        number.addClassName("booking-number");
        Paragraph numberLine = new Paragraph(new Span(getTranslation("booking.confirmation.numberLabel")), number);
        numberLine.addClassName("booking-number-line");

        DescriptionList details = new DescriptionList();
        row(details, "booking.summary.matter", visit.matter().name(getLocale()));
        row(details, "booking.summary.date", DateTimeTexts.date(visit.startsAt(), getLocale()));
        row(details, "booking.summary.time", DateTimeTexts.time(visit.startsAt()));
        row(details, "booking.summary.office", visit.office().name(getLocale()));
        row(details, "booking.summary.room", visit.office().room(getLocale()));
        row(details, "booking.summary.address", visit.office().address());

        calendar = CalendarDownload.link(this, visit, "booking.confirmation.calendar", getLocale());

        add(new H1(getTranslation("booking.confirmation.heading")), numberLine,
                new Paragraph(getTranslation("booking.confirmation.numberHelp")), details,
                new H2(getTranslation("booking.bring.heading")), BookingSummary.whatToBring(visit.matter().whatToBring(getLocale()), this),
                new Paragraph(calendar), new Paragraph(myVisitsLink()));
    }


    private Anchor myVisitsLink() {
        return new Anchor(Routes.MY_VISITS, getTranslation("booking.confirmation.myVisits"));
    }

    private static void row(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(list.getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    @Override
    public String titleKey() {
        return found ? "booking.confirmation.title" : "booking.confirmation.notFound.title";
    }
}
