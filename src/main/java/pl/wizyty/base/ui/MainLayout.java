package pl.wizyty.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import pl.wizyty.base.LocaleSupport;
import pl.wizyty.base.MunicipalityProperties;
import pl.wizyty.base.Routes;
import pl.wizyty.base.TranslationProvider;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;

/**
 * The frame of every page: skip link, header with navigation and tools, the main content, and the footer with the
 * legal links and the data controller. Plain landmarks ({@code header}, {@code nav}, {@code main}, {@code footer})
 * rather than an app layout with a drawer, because most residents come on a phone and screen readers list them.
 * On a screen narrow for the text size the header is one row, the portal's name and a "Menu" button that shows the
 * same navigation and tools below it (styles.css); nothing is built twice, so the session does not grow.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    public static final String MAIN_CONTENT_ID = "main-content";
    static final String MENU_ID = "app-menu";
    private static final String MENU_OPEN = "menu-open";

    /**
     * Vaadin's box for a lost session or an error (see PortalSystemMessages) is a plain div that only a mouse click
     * dismisses. When it appears it becomes an alert dialog that takes the focus and answers Enter and Space too.
     */
    private static final String SYSTEM_ERRORS_IN_REACH = """
            if (!window.__wizytySystemErrors) {
              window.__wizytySystemErrors = true;
              new MutationObserver(records => records.forEach(record => record.addedNodes.forEach(box => {
                if (!box.classList || !box.classList.contains('v-system-error')) return;
                box.setAttribute('role', 'alertdialog');
                ['caption', 'message'].forEach(part => {
                  const element = box.querySelector('.' + part);
                  if (element) { element.id = 'v-system-error-' + part; }
                });
                box.setAttribute('aria-labelledby', 'v-system-error-caption');
                box.setAttribute('aria-describedby', 'v-system-error-message');
                box.tabIndex = 0;
                box.addEventListener('keydown', e => {
                  if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); box.click(); }
                });
                box.focus();
              }))).observe(document.body, { childList: true });
            }""";

    private final MunicipalityProperties municipality;
    private final CurrentUser currentUser;
    private final AuthenticationContext authenticationContext;
    private final Div prelude = new Div();
    private final Main main = new Main();
    private final List<Anchor> navLinks = new ArrayList<>();
    private final Header header = new Header();
    private final Button menuButton = new Button();

    private final List<FrameExtension> extensions;

    public MainLayout(MunicipalityProperties municipality, CurrentUser currentUser,
            AuthenticationContext authenticationContext, List<FrameExtension> extensions) {
        this.municipality = municipality;
        this.currentUser = currentUser;
        this.authenticationContext = authenticationContext;
        this.extensions = extensions.stream().sorted(Comparator.comparingInt(FrameExtension::order)).toList();
        addClassName("app-frame");
        prelude.addClassName("app-prelude");
        main.setId(MAIN_CONTENT_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("app-main");
        contribute(FrameExtension.Slot.PRELUDE, prelude);
        add(prelude, new SkipLink(MAIN_CONTENT_ID), header(), main, footer());
        getElement().executeJs(SYSTEM_ERRORS_IN_REACH);
    }

    /** Opens or closes the header's menu on a narrow screen. */
    void toggleMenu() {
        setMenuOpen(!header.hasClassName(MENU_OPEN));
    }

    private void setMenuOpen(boolean open) {
        header.setClassName(MENU_OPEN, open);
        menuButton.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    boolean isMenuOpen() {
        return header.hasClassName(MENU_OPEN);
    }

    private void contribute(FrameExtension.Slot slot, HasComponents target) {
        for (FrameExtension extension : extensions) {
            extension.create(slot).ifPresent(target::add);
        }
    }

    /** A place above the skip link for what must come first on the page (the cookie banner). */
    public Div prelude() {
        return prelude;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        setMenuOpen(false);
        String path = event.getLocation().getPath();
        for (Anchor link : navLinks) {
            String target = link.getHref();
            boolean current = target.equals(path) || !target.isEmpty() && path.startsWith(target + "/");
            if (current) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
    }

    private Component header() {
        header.addClassName("app-header");

        Anchor home = new Anchor(Routes.HOME, municipality.portalName());
        home.addClassName("app-title");
        Span municipalityName = new Span(municipality.municipalityName());
        municipalityName.addClassName("app-municipality");
        Div brand = new Div(home, municipalityName);
        brand.addClassName("app-brand");

        Nav nav = new Nav();
        nav.addClassName("app-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("frame.nav.label"));
        UnorderedList items = new UnorderedList();
        items.add(navItem(Routes.BOOKING, "nav.booking"), navItem(Routes.MY_VISITS, "nav.myVisits"));
        currentUser.get().filter(SignedInUser::isStaff)
                .ifPresent(user -> items.add(navItem(Routes.CLERK_DESK, "nav.clerkDesk")));
        currentUser.get().filter(user -> user.hasRole(Roles.ADMIN))
                .ifPresent(user -> items.add(navItem(Routes.ADMIN, "nav.admin")));
        items.add(navItem(Routes.HELP, "nav.help"));
        nav.add(items);

        Div tools = new Div();
        contribute(FrameExtension.Slot.HEADER_TOOLS, tools);
        tools.add(languageSwitch(), userBox());
        tools.addClassName("app-tools");
        tools.setId("app-tools");

        Div menu = new Div(nav, tools);
        menu.addClassName("app-menu");
        menu.setId(MENU_ID);
        menuButton.setText(getTranslation("frame.menu"));
        menuButton.setIcon(VaadinIcon.MENU.create());
        menuButton.addClassName("app-menu-button");
        menuButton.getElement().setAttribute("aria-controls", MENU_ID);
        menuButton.getElement().setAttribute("aria-expanded", "false");
        menuButton.addClickListener(click -> toggleMenu());
        header.getElement().addEventListener("keydown", escape -> {
            if (isMenuOpen()) {
                setMenuOpen(false);
                menuButton.focus();
            }
        }).setFilter("event.key === 'Escape' && element.classList.contains('" + MENU_OPEN + "')");
        header.add(brand, menuButton, menu);
        return header;
    }

    private ListItem navItem(String route, String key) {
        Anchor link = new Anchor(route, getTranslation(key));
        navLinks.add(link);
        return new ListItem(link);
    }

    private Component languageSwitch() {
        Locale current = TranslationProvider.supported(getLocale());
        Locale other = TranslationProvider.POLISH.equals(current) ? TranslationProvider.ENGLISH
                : TranslationProvider.POLISH;
        Button button = new Button(getTranslation("frame.language.switchTo." + other.getLanguage()));
        button.getElement().setAttribute("lang", other.getLanguage());
        button.getElement().setAttribute("aria-label",
                getTranslation("frame.language.switchTo." + other.getLanguage() + ".label"));
        button.addClassName("language-switch");
        button.addClickListener(click -> switchLanguage(other));
        return button;
    }

    private void switchLanguage(Locale locale) {
        UI ui = UI.getCurrent();
        LocaleSupport.choose(ui.getSession().getSession(), locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    private Component userBox() {
        Div box = new Div();
        box.addClassName("app-user");
        currentUser.get().ifPresentOrElse(user -> {
            Span name = new Span(getTranslation("frame.signedInAs", user.displayName()));
            name.addClassName("app-user-name");
            box.add(name);
            if (user.hasRole(Roles.RESIDENT)) {
                Anchor myAccount = new Anchor(Routes.MY_ACCOUNT, getTranslation("frame.myAccount"));
                myAccount.addClassName("my-account-link");
                navLinks.add(myAccount);
                box.add(myAccount);
            }
            Button signOut = new Button(getTranslation("frame.signOut"), click -> authenticationContext.logout());
            signOut.addClassName("sign-out");
            box.add(signOut);
        }, () -> {
            Anchor signIn = new Anchor(Routes.LOGIN, getTranslation("frame.signIn"));
            signIn.addClassName("sign-in-link");
            Anchor register = new Anchor(Routes.REGISTRATION, getTranslation("frame.register"));
            box.add(signIn, register);
        });
        return box;
    }

    private Component footer() {
        Footer footer = new Footer();
        footer.addClassName("app-footer");
        Nav legal = new Nav();
        legal.getElement().setAttribute("aria-label", getTranslation("frame.footer.label"));
        UnorderedList links = new UnorderedList(
                new ListItem(new Anchor(Routes.PRIVACY_POLICY, getTranslation("footer.privacyPolicy"))),
                new ListItem(new Anchor(Routes.COOKIE_POLICY, getTranslation("footer.cookiePolicy"))),
                new ListItem(new Anchor(Routes.COOKIE_SETTINGS, getTranslation("footer.cookieSettings"))),
                new ListItem(new Anchor(Routes.ACCESSIBILITY_STATEMENT,
                        getTranslation("footer.accessibilityStatement"))));
        legal.add(links);

        MunicipalityProperties.DataController controller = municipality.dataController();
        Paragraph controllerText = new Paragraph(
                getTranslation("footer.dataController", controller.name(), controller.fullAddress()));
        controllerText.addClassName("data-controller");

        Div logos = new Div();
        logos.addClassName("app-logos");
        if (!municipality.logos().isEmpty()) {
            Span logosHeading = new Span(getTranslation("footer.logos"));
            logosHeading.addClassName("app-logos-heading");
            logos.add(logosHeading);
        }
        for (MunicipalityProperties.Logo logo : municipality.logos()) {
            Image image = new Image(logo.image(), logo.alt());
            if (logo.link() == null || logo.link().isBlank()) {
                logos.add(image);
            } else {
                Anchor link = new Anchor(logo.link(), image);
                link.setRouterIgnore(true);
                logos.add(link);
            }
        }
        footer.add(legal, controllerText, logos);
        return footer;
    }
}
