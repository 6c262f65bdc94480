package pl.wizyty.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import pl.wizyty.IntegrationTest;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.security.SignedInUser;

@IntegrationTest
class SmsSettingsServiceTest {

    @Autowired
    SmsSettingsService smsSettings;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    Residents residents;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestSecurity.signOut();
    }

    @Test
    void a_resident_opts_in_with_a_mobile_number_written_any_way_and_it_is_stored_as_e164() {
        SignedInUser resident = residents.create("sms");
        TestSecurity.signIn(resident);

        SmsSettings saved = smsSettings.optIn(" 0048 (600) 100-200 ");

        assertThat(saved).isEqualTo(new SmsSettings(true, "+48 600 100 200", false));
        assertThat(smsSettings.mySettings()).isEqualTo(saved);
        assertThat(smsSettings.smsRecipient(resident.accountId())).contains("+48600100200");
        assertThat(audited(AuditAction.SMS_OPT_IN, resident)).isEqualTo(1);
    }

    @Test
    void opting_out_forgets_the_number_and_no_text_goes_to_it() {
        SignedInUser resident = residents.create("smsout");
        TestSecurity.signIn(resident);
        smsSettings.optIn("600 100 200");

        smsSettings.optOut();

        UserAccount account = accounts.findById(resident.accountId()).orElseThrow();
        assertThat(account.getSmsRecipient()).isEmpty();
        assertThat(smsSettings.smsRecipient(resident.accountId())).isEmpty();
        assertThat(smsSettings.mySettings().optedIn()).isFalse();
        assertThat(audited(AuditAction.SMS_OPT_OUT, resident)).isEqualTo(1);
    }

    @Test
    void a_landline_a_foreign_number_or_garbage_is_refused_on_the_phone_field_and_nothing_changes() {
        SignedInUser resident = residents.create("smsbad");
        TestSecurity.signIn(resident);
        smsSettings.optIn("600 100 200");

        assertRefused("54 282 00 10", "account.sms.phoneInvalid");
        assertRefused("+49 151 1234567", "account.sms.phoneInvalid");
        assertRefused("zadzwoń wieczorem", "account.sms.phoneInvalid");
        assertRefused("600\u202E100200", "validation.invisibleCharacter");
        assertRefused("  ", "validation.required");
        assertThat(smsSettings.smsRecipient(resident.accountId())).contains("+48600100200");
    }

    @Test
    void the_contact_phone_from_registration_is_suggested_when_it_is_a_mobile_but_not_opted_in() {
        TestSecurity.signIn(residents.create("smssuggest"));

        assertThat(smsSettings.mySettings()).isEqualTo(new SmsSettings(false, "+48 600 000 000", false));
    }

    @Test
    void nobody_signed_in_and_staff_cannot_opt_in_and_one_resident_cannot_reach_another() {
        SignedInUser one = residents.create("smsone");
        SignedInUser other = residents.create("smsother");
        TestSecurity.as(other, () -> smsSettings.optIn("600 100 300"));

        assertThatThrownBy(() -> smsSettings.optIn("600 100 200"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        TestSecurity.signIn(residents.clerk("smsclerk"));
        assertThatThrownBy(() -> smsSettings.optIn("600 100 200")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> smsSettings.mySettings()).isInstanceOf(AuthorizationDeniedException.class);
        TestSecurity.signIn(one);
        smsSettings.optOut();

        assertThat(smsSettings.smsRecipient(other.accountId())).contains("+48600100300");
        assertThat(smsSettings.smsRecipient(one.accountId())).isEmpty();
    }

    private long audited(AuditAction action, SignedInUser resident) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject_type = ? "
                + "and subject_id = ? and actor_id = subject_id", Long.class, action.name(), SignInRecords.SUBJECT,
                resident.accountId());
    }

    private void assertRefused(String phone, String key) {
        assertThatThrownBy(() -> smsSettings.optIn(phone)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo(key);
            assertThat(v.field()).isEqualTo("smsPhone");
        });
    }
}
