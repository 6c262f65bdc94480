package pl.wizyty.consent;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.home.ui.HomeView;
import pl.wizyty.security.CurrentUser;
import pl.wizyty.security.SignedInUser;

class ConsentServiceTest extends BrowserlessTestBase {

    @Autowired
    ConsentService consentService;
    @Autowired
    ConsentRecordRepository records;
    @Autowired
    ConsentCookieJar jar;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Clock clock;

    @Test
    void before_any_choice_only_necessary_storage_is_allowed() {
        navigate(HomeView.class);

        assertThat(consentService.current()).isEmpty();
        assertThat(consentService.allows(ConsentCategory.NECESSARY)).isTrue();
        assertThat(ConsentCategory.optional()).noneMatch(consentService::allows);
        assertThat(ConsentCookies.received()).isEmpty();
    }

    @Test
    void accepting_sets_one_first_party_cookie_for_a_year_and_records_the_choice() {
        navigate(HomeView.class);

        Consent consent = consentService.acceptAll();

        Cookie cookie = ConsentCookies.received().orElseThrow();
        assertThat(cookie.getValue()).isEqualTo(ConsentCookieCodec.encode(consent));
        assertThat(cookie.getMaxAge()).isEqualTo((int) Duration.ofDays(365).toSeconds());
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(ConsentCategory.values()).allMatch(consentService::allows);
        List<ConsentRecord> history = records.findByConsentIdOrderByDecidedAtDescIdDesc(consent.consentId());
        assertThat(history).singleElement().satisfies(r -> {
            assertThat(r.getChoice()).isEqualTo(ConsentChoice.ACCEPT_ALL);
            assertThat(r.toConsent()).isEqualTo(consent);
            assertThat(r.getAccountId()).isNull();
            assertThat(r.isWithdrawal()).isFalse();
        });
    }

    @Test
    void a_choice_is_read_back_from_the_cookie_in_a_new_session() {
        navigate(HomeView.class);
        Consent chosen = consentService.choose(EnumSet.of(ConsentCategory.FUNCTIONAL));
        ConsentCookies.keepReceived();
        ConsentCookies.newSession();

        assertThat(consentService.current()).contains(chosen);
        assertThat(consentService.allows(ConsentCategory.FUNCTIONAL)).isTrue();
        assertThat(consentService.allows(ConsentCategory.STATISTICS)).isFalse();
    }

    @Test
    void changing_ones_mind_keeps_the_same_anonymous_id_and_records_a_withdrawal() {
        navigate(HomeView.class);
        Consent accepted = consentService.acceptAll();
        ConsentCookies.keepReceived();

        Consent rejected = consentService.rejectOptional();

        assertThat(rejected.consentId()).isEqualTo(accepted.consentId());
        List<ConsentRecord> history = records.findByConsentIdOrderByDecidedAtDescIdDesc(accepted.consentId());
        assertThat(history).extracting(ConsentRecord::getChoice)
                .containsExactly(ConsentChoice.REJECT_OPTIONAL, ConsentChoice.ACCEPT_ALL);
        assertThat(history.getFirst().isWithdrawal()).isTrue();
        assertThat(ConsentCategory.optional()).noneMatch(consentService::allows);
    }

    @Test
    void a_forged_cookie_that_claims_consent_never_recorded_counts_as_no_choice() {
        navigate(HomeView.class);
        ConsentCookies.send("1:" + UUID.randomUUID() + ":spf:" + consentService.policyVersion() + ":"
                + clock.instant().getEpochSecond());

        assertThat(consentService.current()).isEmpty();
        assertThat(consentService.allows(ConsentCategory.FUNCTIONAL)).isFalse();
    }

    @Test
    void a_cookie_edited_to_claim_more_than_was_chosen_counts_as_no_choice() {
        navigate(HomeView.class);
        Consent rejected = consentService.rejectOptional();
        ConsentCookies.forget();
        String edited = ConsentCookieCodec.encode(new Consent(rejected.consentId(), ConsentCategory.optional(),
                rejected.policyVersion(), rejected.decidedAt()));
        ConsentCookies.send(edited);

        assertThat(consentService.current()).isEmpty();
        assertThat(consentService.allows(ConsentCategory.STATISTICS)).isFalse();
    }

    @Test
    void malformed_cookies_count_as_no_choice() {
        navigate(HomeView.class);
        for (String value : List.of("true", "1:all", "%00", "1:" + UUID.randomUUID() + ":spf:1:x")) {
            ConsentCookies.forget();
            ConsentCookies.send(value);
            assertThat(consentService.current()).as(value).isEmpty();
        }
    }

    @Test
    void a_new_policy_version_asks_again_and_the_next_choice_continues_the_same_history() {
        navigate(HomeView.class);
        Consent old = consentService.acceptAll();
        ConsentCookies.keepReceived();
        ConsentCookies.newSession();
        ConsentService afterPolicyChange = new ConsentService(records, jar,
                new ConsentProperties("2", null, Duration.ofDays(365)), currentUser, clock);

        assertThat(afterPolicyChange.current()).isEmpty();
        assertThat(afterPolicyChange.allows(ConsentCategory.STATISTICS)).isFalse();

        Consent again = afterPolicyChange.rejectOptional();
        assertThat(again.consentId()).isEqualTo(old.consentId());
        assertThat(again.policyVersion()).isEqualTo("2");
    }

    @Test
    void a_signed_in_residents_choice_follows_them_to_another_device() {
        SignedInUser resident = signInAsNewResident();
        navigate(HomeView.class);
        Consent chosen = consentService.choose(Set.of(ConsentCategory.FUNCTIONAL));
        assertThat(records.findFirstByAccountIdOrderByDecidedAtDescIdDesc(resident.accountId()))
                .map(ConsentRecord::toConsent).contains(chosen);

        ConsentCookies.forget();

        assertThat(consentService.settle()).contains(chosen);
        assertThat(ConsentCookies.received()).map(Cookie::getValue).contains(ConsentCookieCodec.encode(chosen));
    }

    @Test
    void a_choice_made_before_signing_in_becomes_the_residents_own() {
        navigate(HomeView.class);
        Consent chosen = consentService.rejectOptional();
        ConsentCookies.keepReceived();

        SignedInUser resident = signInAsNewResident();

        assertThat(consentService.current()).contains(chosen);
        assertThat(consentService.allows(ConsentCategory.FUNCTIONAL)).isFalse();
        assertThat(records.findFirstByAccountIdOrderByDecidedAtDescIdDesc(resident.accountId()))
                .as("reading the choice writes nothing").isEmpty();

        assertThat(consentService.settle()).as("the next page's frame settles it").contains(chosen);
        assertThat(records.findFirstByAccountIdOrderByDecidedAtDescIdDesc(resident.accountId()))
                .map(ConsentRecord::toConsent).contains(chosen);
    }
}
