package pl.wizyty.visit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Typed ways into the booking pages, for other features. */
public final class BookingNavigation {

    static final String NUMBER_PARAMETER = "number";

    private BookingNavigation() {
    }

    public static void navigateToConfirmation(String bookingNumber) {
        UI.getCurrent().navigate(BookingConfirmationView.class,
                new RouteParameters(NUMBER_PARAMETER, bookingNumber));
    }
}
