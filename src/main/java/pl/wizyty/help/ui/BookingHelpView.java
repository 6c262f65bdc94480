package pl.wizyty.help.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;

/** "Umawianie wizyty": the four steps of booking and what happens when a time is gone. */
@Route(value = Routes.HELP_BOOKING, layout = MainLayout.class)
@AnonymousAllowed
class BookingHelpView extends HelpArticle implements TitledPage {

    BookingHelpView() {
        super("help.booking.title");
        paragraph("help.booking.intro");
        steps("help.booking.step.1", "help.booking.step.2", "help.booking.step.3", "help.booking.step.4");
        section("help.booking.after.heading");
        paragraph("help.booking.after.text");
        section("help.booking.taken.heading");
        paragraph("help.booking.taken.text");
        section("help.booking.rules.heading");
        paragraph("help.booking.rules.text");
        backToHelp();
    }

    @Override
    public String titleKey() {
        return "help.booking.title";
    }
}
