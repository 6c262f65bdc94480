package pl.wizyty.help.ui;

import pl.wizyty.base.Routes;

/** The help pages, in the order the help index lists them; each feature adds its page here. */
enum HelpTopic {
    ACCOUNT(Routes.HELP_ACCOUNT, "help.account.title"),
    BOOKING(Routes.HELP_BOOKING, "help.booking.title"),
    VISIT_LIST(Routes.HELP_VISIT_LIST, "help.visitList.title");

    private final String route;
    private final String titleKey;

    HelpTopic(String route, String titleKey) {
        this.route = route;
        this.titleKey = titleKey;
    }

    String route() {
        return route;
    }

    String titleKey() {
        return titleKey;
    }
}
