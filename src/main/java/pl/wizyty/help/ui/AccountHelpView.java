package pl.wizyty.help.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;

/**
 * "Konto i logowanie": registering, signing in, the portal's language and accessibility settings, and texts (SMS)
 * about visits.
 */
@Route(value = Routes.HELP_ACCOUNT, layout = MainLayout.class)
@AnonymousAllowed
class AccountHelpView extends HelpArticle implements TitledPage {

    AccountHelpView() {
        super("help.account.title");
        section("help.account.register.heading");
        steps("help.account.register.1", "help.account.register.2", "help.account.register.3");
        section("help.account.signIn.heading");
        paragraph("help.account.signIn.text");
        section("help.account.settings.heading");
        paragraph("help.account.settings.text");
        section("help.account.sms.heading");
        paragraph("help.account.sms.text");
        backToHelp();
    }

    @Override
    public String titleKey() {
        return "help.account.title";
    }
}
