package pl.wizyty.help.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.MainLayout;
import pl.wizyty.base.ui.TitledPage;

/** "Lista umówionych wizyt": how to reach the list, preview a visit, change its date and cancel it. */
@Route(value = Routes.HELP_VISIT_LIST, layout = MainLayout.class)
@AnonymousAllowed
class VisitListHelpView extends HelpArticle implements TitledPage {

    VisitListHelpView() {
        super("help.visitList.title");
        paragraph("help.visitList.intro");
        steps("help.visitList.open.1", "help.visitList.open.2");
        paragraph("help.visitList.operations");
        section("help.visitList.preview.heading");
        paragraph("help.visitList.preview.text");
        section("help.visitList.change.heading");
        steps("help.visitList.change.1", "help.visitList.change.2", "help.visitList.change.3",
                "help.visitList.change.4");
        section("help.visitList.cancel.heading");
        steps("help.visitList.cancel.1", "help.visitList.cancel.2", "help.visitList.cancel.3",
                "help.visitList.cancel.4");
        paragraph("help.visitList.rules");
        backToHelp();
    }

    @Override
    public String titleKey() {
        return "help.visitList.title";
    }
}
