package pl.wizyty.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockPage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.TestData;
import pl.wizyty.account.StaffMember;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.AccessDeniedView;
import pl.wizyty.base.ui.Markup;
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;

class StaffAdminViewTest extends BrowserlessTestBase {

    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_anonymous_visitor_opening_a_personal_page_is_sent_to_sign_in() {
        UI.getCurrent().navigate(StaffAdminView.class);

        // The sign-in page is a full page load (Spring Security owns /login), so the browser is sent there.
        MockPage page = (MockPage) UI.getCurrent().getPage();
        assertThat(page.getLastExternalNavigationURL()).isEqualTo("/" + Routes.LOGIN);
        assertThat(find(StaffAdminView.class).exists()).isFalse();
    }

    @Test
    void a_signed_in_resident_cannot_open_the_admin_page() {
        signInAsNewResident();

        UI.getCurrent().navigate(StaffAdminView.class);

        assertThat(getCurrentView()).isNotInstanceOf(StaffAdminView.class).isInstanceOf(AccessDeniedView.class);
        assertThat(find(StaffAdminView.class).exists()).isFalse();
    }

    @Test
    void an_admin_creates_a_clerk_who_then_appears_in_the_staff_list_and_can_sign_in() {
        SignedInUser admin = signInAsNewAdmin();
        StaffAdminView view = navigate(StaffAdminView.class);
        assertThat(staffEmails(view)).contains(admin.email());
        String email = TestData.uniqueEmail("urzednik");

        test(view.firstName).setValue("Ewa");
        test(view.lastName).setValue("Urzędnicza");
        test(view.email).setValue(email);
        test(view.password).setValue(TestData.PASSWORD);
        test(view.role).selectItem("Urzędnik");
        test(view.create).click();

        SignedInUser clerk = (SignedInUser) accounts.loadUserByUsername(email);
        assertThat(clerk.role()).isEqualTo(Roles.CLERK);
        assertThat(staffEmails(view)).contains(email);
        assertThat(view.email.getValue()).isEmpty();
        assertThat(test(view.staff).getHeaderCell(2)).isEqualTo("Rola");
    }

    @Test
    void an_admin_sees_the_administration_in_the_menu_and_a_resident_does_not() {
        signInAsNewAdmin();
        UI.getCurrent().getPage().reload();
        navigate(StaffAdminView.class);
        assertThat(navigationLinks()).containsEntry("Administracja", Routes.ADMIN);

        signInAsNewResident();
        UI.getCurrent().getPage().reload();
        navigate(LoginView.class);
        assertThat(navigationLinks()).doesNotContainKey("Administracja").containsKey("Moje wizyty");
    }

    /** The main navigation's links (written as markup, see Markup): text to address. */
    private Map<String, String> navigationLinks() {
        return Jsoup.parseBodyFragment(Markup.contentOf(find(UnorderedList.class, find(Nav.class).single()).single()))
                .select("a").stream().collect(Collectors.toMap(Element::text, link -> link.attr("href")));
    }

    private static List<String> staffEmails(StaffAdminView view) {
        return view.staff.getLazyDataView().getItems().map(StaffMember::email).toList();
    }

    @Test
    void a_staff_account_locked_after_failed_sign_ins_is_unlocked_with_one_click() {
        signInAsNewAdmin();
        String email = TestData.uniqueEmail("zablokowany");
        long clerk = accountService.createStaff(TestData.newAccount(email), Roles.CLERK);
        jdbc.update("update user_account set failed_sign_ins = 10, locked_at = current_timestamp where id = ?", clerk);
        StaffAdminView view = navigate(StaffAdminView.class);
        test(view.search).setValue(email);
        Component actions = test(view.staff).getCellComponent(0, 5);
        Button unlock = find(Button.class, actions).withText("Odblokuj").single();
        assertThat(unlock.getText()).isEqualTo("Odblokuj");
        assertThat(unlock.getAriaLabel()).contains("Odblokuj konto: Zofia Testowa");
        test(unlock).click();

        assertThat(jdbc.queryForObject("select locked_at is null from user_account where id = ?", Boolean.class, clerk))
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCOUNT_UNLOCKED' and "
                + "subject_id = ?", Long.class, clerk)).isEqualTo(1L);
    }
}
