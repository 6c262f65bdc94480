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
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
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
    /** The main navigation's links, route and label; written as one list of markup (see {@link Markup}). */
    private final List<NavItem> navItems = new ArrayList<>();
    private final UnorderedList navList = new UnorderedList();
    private Anchor myAccount;
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
        String items = navMarkup(path);
        if (!items.equals(Markup.contentOf(navList))) {
            Markup.fill(navList, items);
        }
        if (myAccount != null) {
            if (isCurrent(myAccount.getHref(), path)) {
                myAccount.getElement().setAttribute("aria-current", "page");
            } else {
                myAccount.getElement().removeAttribute("aria-current");
            }
        }
    }

    /** The navigation's items, the one for the page at {@code path} (if any) marked as the current page. */
    private String navMarkup(String path) {
        StringBuilder items = new StringBuilder();
        for (NavItem item : navItems) {
            items.append("<li>").append(path != null && isCurrent(item.route(), path)
                    ? Markup.link(item.route(), item.label(), "aria-current", "page")
                    : Markup.link(item.route(), item.label())).append("</li>");
        }
        return items.toString();
    }

    private static boolean isCurrent(String target, String path) {
        return target.equals(path) || !target.isEmpty() && path.startsWith(target + "/");
    }

    private Component header() {
        header.addClassName("app-header");

        Div brand = Markup.fill(new Div(), Markup.link(Routes.HOME, municipality.portalName(), "class", "app-title")
                + "<span class=\"app-municipality\">" + Markup.escape(municipality.municipalityName()) + "</span>");
        brand.addClassName("app-brand");

        Nav nav = new Nav();
        nav.addClassName("app-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("frame.nav.label"));
        navItem(Routes.BOOKING, "nav.booking");
        navItem(Routes.MY_VISITS, "nav.myVisits");
        currentUser.get().filter(SignedInUser::isStaff)
                .ifPresent(user -> navItem(Routes.CLERK_DESK, "nav.clerkDesk"));
        currentUser.get().filter(user -> user.hasRole(Roles.ADMIN))
                .ifPresent(user -> navItem(Routes.ADMIN, "nav.admin"));
        navItem(Routes.HELP, "nav.help");
        nav.add(Markup.fill(navList, navMarkup(null)));

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

    private void navItem(String route, String key) {
        navItems.add(new NavItem(route, getTranslation(key)));
    }

    private record NavItem(String route, String label) {
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
                myAccount = new Anchor(Routes.MY_ACCOUNT, getTranslation("frame.myAccount"));
                myAccount.addClassName("my-account-link");
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

    /** The legal links, the data controller and the logos: fixed texts, one element of markup. */
    private Component footer() {
        Footer footer = new Footer();
        footer.addClassName("app-footer");
        StringBuilder markup = new StringBuilder("<nav aria-label=\"")
                .append(Markup.escape(getTranslation("frame.footer.label"))).append("\"><ul>");
        for (String[] link : new String[][] {{Routes.PRIVACY_POLICY, "footer.privacyPolicy"},
                {Routes.COOKIE_POLICY, "footer.cookiePolicy"}, {Routes.COOKIE_SETTINGS, "footer.cookieSettings"},
                {Routes.ACCESSIBILITY_STATEMENT, "footer.accessibilityStatement"}}) {
            markup.append("<li>").append(Markup.link(link[0], getTranslation(link[1]))).append("</li>");
        }
        MunicipalityProperties.DataController controller = municipality.dataController();
        markup.append("</ul></nav><p class=\"data-controller\">").append(Markup.escape(
                getTranslation("footer.dataController", controller.name(), controller.fullAddress())))
                .append("</p><div class=\"app-logos\">");
        if (!municipality.logos().isEmpty()) {
            markup.append("<span class=\"app-logos-heading\">").append(Markup.escape(getTranslation("footer.logos")))
                    .append("</span>");
        }
        for (MunicipalityProperties.Logo logo : municipality.logos()) {
            String image = "<img src=\"" + Markup.escape(logo.image()) + "\" alt=\"" + Markup.escape(logo.alt())
                    + "\">";
            markup.append(logo.link() == null || logo.link().isBlank() ? image
                    : "<a href=\"" + Markup.escape(logo.link()) + "\" router-ignore>" + image + "</a>");
        }
        return Markup.fill(footer, markup.append("</div>").toString());
    }
}
