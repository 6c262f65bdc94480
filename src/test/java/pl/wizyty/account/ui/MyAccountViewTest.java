package pl.wizyty.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.account.AccountDirectory;
import pl.wizyty.account.MessageChoices;
import pl.wizyty.account.SmsSettingsService;
import pl.wizyty.base.Routes;
import pl.wizyty.base.ui.AccessDeniedView;
import pl.wizyty.home.ui.HomeView;
import pl.wizyty.security.SignedInUser;

class MyAccountViewTest extends BrowserlessTestBase {

    @Autowired
    SmsSettingsService smsSettings;
    @Autowired
    AccountDirectory directory;

    private MyAccountView openAsNewResident(SignedInUser[] who) {
        who[0] = signInAsNewResident();
        UI.getCurrent().getPage().reload();
        return navigate(MyAccountView.class);
    }

    @Test
    void a_resident_opts_in_to_texts_with_a_mobile_number_and_sees_where_they_will_go() {
        SignedInUser[] resident = new SignedInUser[1];
        MyAccountView view = openAsNewResident(resident);
        assertThat(findInView(H1.class).single().getText()).isEqualTo("Moje konto");
        assertThat(view.smsOptIn.getValue()).isFalse();
        assertThat(view.smsPhone.getValue()).as("the mobile number from registration is suggested")
                .isEqualTo("+48 600 000 000");
        assertThat(findInView(Paragraph.class).withClassName("sms-not-offered").single().getText())
                .startsWith("Urząd nie wysyła jeszcze SMS-ów.");

        test(view.smsOptIn).click();
        test(view.smsPhone).setValue("500-100-200");
        test(view.smsSave).click();

        assertThat(view.smsStatus.getText())
                .isEqualTo("Zapisano. SMS-y o wizytach będą przychodzić na numer +48 500 100 200.");
        assertThat(view.smsPhone.getValue()).isEqualTo("+48 500 100 200");
        assertThat(view.smsPhone.isInvalid()).isFalse();
        assertThat(smsSettings.smsRecipient(resident[0].accountId())).contains("+48500100200");
    }

    @Test
    void a_landline_is_refused_next_to_the_phone_field_and_nothing_is_saved() {
        SignedInUser[] resident = new SignedInUser[1];
        MyAccountView view = openAsNewResident(resident);

        test(view.smsOptIn).click();
        test(view.smsPhone).setValue("54 282 00 10");
        test(view.smsSave).click();

        assertThat(view.smsPhone.isInvalid()).isTrue();
        assertThat(view.smsPhone.getErrorMessage()).startsWith("Wpisz polski numer telefonu komórkowego");
        assertThat(view.smsStatus.getText()).isEmpty();
        assertThat(smsSettings.smsRecipient(resident[0].accountId())).isEmpty();
    }

    @Test
    void opting_out_clears_the_number_and_says_so() {
        SignedInUser[] resident = new SignedInUser[1];
        MyAccountView view = openAsNewResident(resident);
        test(view.smsOptIn).click();
        test(view.smsSave).click();
        assertThat(smsSettings.smsRecipient(resident[0].accountId())).contains("+48600000000");

        view = navigate(MyAccountView.class);
        assertThat(view.smsOptIn.getValue()).isTrue();
        test(view.smsOptIn).click();
        test(view.smsSave).click();

        assertThat(view.smsStatus.getText()).startsWith("Zapisano. Nie będziesz dostawać SMS-ów");
        assertThat(view.smsPhone.getValue()).isEmpty();
        assertThat(smsSettings.smsRecipient(resident[0].accountId())).isEmpty();
    }

    @Test
    void a_signed_in_resident_finds_moje_konto_in_the_header_and_staff_do_not() {
        signInAsNewResident();
        UI.getCurrent().getPage().reload();
        navigate(HomeView.class);
        Anchor link = find(Anchor.class).withClassName("my-account-link").single();
        assertThat(link.getText()).isEqualTo("Moje konto");
        assertThat(link.getHref()).isEqualTo(Routes.MY_ACCOUNT);

        signInAsNewAdmin();
        UI.getCurrent().getPage().reload();
        navigate(HomeView.class);
        assertThat(find(Anchor.class).withClassName("my-account-link").exists()).isFalse();
        UI.getCurrent().navigate(MyAccountView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in() {
        UI.getCurrent().navigate(MyAccountView.class);

        assertThat(((MockPage) UI.getCurrent().getPage()).getLastExternalNavigationURL()).isEqualTo("/" + Routes.LOGIN);
        assertThat(find(MyAccountView.class).exists()).isFalse();
    }

    @Test
    void a_resident_chooses_which_messages_arrive_and_the_booking_confirmation_stays_fixed() {
        SignedInUser[] resident = new SignedInUser[1];
        MyAccountView view = openAsNewResident(resident);
        assertThat(view.emailChoices.getValue()).containsExactlyInAnyOrder(MyAccountView.Occasion.values());
        assertThat(view.emailChoices.getLabel()).isEqualTo("E-mail");

        test(view.emailChoices).deselectItem("Przypomnienie przed wizytą");
        test(view.emailChoices).deselectItem("Zmiana terminu");
        test(view.smsChoices).deselectItem("Potwierdzenie rezerwacji");
        test(view.choicesSave).click();

        assertThat(view.choicesStatus.getText()).isEqualTo("Zapisaliśmy Twój wybór powiadomień.");
        assertThat(directory.messageChoices(resident[0].accountId()))
                .isEqualTo(new MessageChoices(false, true, false, false, true, true, true));
        MyAccountView reopened = navigate(MyAccountView.class);
        assertThat(reopened.emailChoices.getValue()).containsExactlyInAnyOrder(MyAccountView.Occasion.BOOKED,
                MyAccountView.Occasion.CANCELLED);
    }
}
