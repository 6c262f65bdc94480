package pl.wizyty.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import pl.wizyty.IntegrationTest;
import pl.wizyty.TestData;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.UnwantedCharacters;
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;

@IntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accountService;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_registered_resident_can_sign_in_with_a_hashed_password() {
        String email = TestData.uniqueEmail("Ala");
        accountService.register(TestData.newAccount("  " + email.toUpperCase() + " "));

        UserAccount saved = accounts.findByEmail(email.toLowerCase()).orElseThrow();
        long id = saved.getId();
        assertThat(saved.isEmailConfirmed()).isFalse();
        assertThat(saved.getEmail()).isEqualTo(email.toLowerCase());
        assertThat(saved.getRole()).isEqualTo(Roles.RESIDENT);
        assertThat(saved.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(TestData.PASSWORD);
        SignedInUser user = (SignedInUser) userDetailsService.loadUserByUsername(email);
        assertThat(user.accountId()).isEqualTo(id);
        assertThat(passwordEncoder.matches(TestData.PASSWORD, user.getPassword())).isTrue();
    }

    @Test
    void registering_a_taken_address_in_another_case_answers_the_same_changes_nothing_and_tells_the_owner() {
        String email = TestData.uniqueEmail("dup");
        accountService.register(TestData.newAccount(email));
        UserAccount owner = accounts.findByEmail(email).orElseThrow();
        long before = accounts.count();

        NewAccount again = TestData.newAccount(email.toUpperCase());
        again.setFirstName("Intruz");
        again.setPassword("Zupelnie-Inne-Haslo-77");
        accountService.register(again);

        assertThat(accounts.count()).isEqualTo(before);
        UserAccount after = accounts.findById(owner.getId()).orElseThrow();
        assertThat(after.getFirstName()).isEqualTo(owner.getFirstName());
        assertThat(after.getPasswordHash()).isEqualTo(owner.getPasswordHash());
        assertThat(jdbc.queryForList("select kind from outbox_message where recipient = ? order by id", String.class,
                email)).containsExactly("EMAIL_CONFIRMATION", "REGISTRATION_ATTEMPT");
    }

    @Test
    void weak_passwords_are_refused_with_the_reason() {
        String email = TestData.uniqueEmail("weak");
        assertRefused(email, "krotkie1", "account.password.tooShort");
        assertRefused(email, "tylkolitery", "account.password.tooSimple");
        assertRefused(email, "1234567890", "account.password.tooSimple");
        assertRefused(email, email.split("@")[0] + "-123", "account.password.containsEmail");
        assertRefused(email, "a1".repeat(65), "account.password.tooLong");
        assertRefused(email, "", "account.password.required");
    }

    @Test
    void common_passwords_and_trivial_runs_or_repeats_are_refused() {
        String email = TestData.uniqueEmail("common");
        assertRefused(email, "password12", "account.password.common");
        assertRefused(email, "1234567890a", "account.password.common");
        assertRefused(email, "Qwerty123!", "account.password.common");
        assertRefused(email, "Sunflower1999!", "account.password.common");
        assertRefused(email, "zaq12wsx!!", "account.password.common");
        assertRefused(email, "Kot-w-butach-12345", "account.password.trivial");
        assertRefused(email, "abcdefg-Kot-1", "account.password.trivial");
        assertRefused(email, "Kot-aaaa-w-butach", "account.password.trivial");
        assertRefused(email, "asdfgh-Kot-1", "account.password.trivial");
        accountService.register(TestData.newAccount(email));
        assertThat(accounts.findByEmail(email)).isPresent();
    }

    @Test
    void names_email_or_phone_with_an_invisible_or_control_character_are_refused_on_their_field() {
        long before = accounts.count();
        for (String bad : UnwantedCharacters.ALL) {
            NewAccount firstName = TestData.newAccount(TestData.uniqueEmail("bidi"));
            firstName.setFirstName("Zofia" + bad);
            assertInvisible(firstName, "firstName");
            NewAccount lastName = TestData.newAccount(TestData.uniqueEmail("bidi"));
            lastName.setLastName("live" + bad + "evil");
            assertInvisible(lastName, "lastName");
            assertInvisible(TestData.newAccount("zofia" + bad + "@example.pl"), "email");
            NewAccount phone = TestData.newAccount(TestData.uniqueEmail("bidi"));
            phone.setPhone("+48 600" + bad + "100 200");
            assertInvisible(phone, "phone");
        }
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void markup_in_place_of_an_email_address_is_refused() {
        assertThatThrownBy(() -> accountService.register(TestData.newAccount("\"><svg/onload=alert(1)>@example.pl")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("account.email.invalid");
                    assertThat(v.field()).isEqualTo("email");
                });
    }

    private void assertInvisible(NewAccount form, String field) {
        assertThatThrownBy(() -> accountService.register(form)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo("validation.invisibleCharacter");
            assertThat(v.field()).isEqualTo(field);
        });
    }

    @Test
    void registering_one_email_address_again_and_again_is_held_back() {
        String email = TestData.uniqueEmail("probe");
        accountService.register(TestData.newAccount(email));
        for (int i = 0; i < 2; i++) {
            accountService.register(TestData.newAccount(email));
        }

        assertThatThrownBy(() -> accountService.register(TestData.newAccount(email)))
                .hasFieldOrPropertyWithValue("messageKey", "account.registration.throttled");
    }

    @Test
    void invalid_email_and_phone_are_refused() {
        NewAccount noAt = TestData.newAccount("jan.kowalski.example.pl");
        assertThatThrownBy(() -> accountService.register(noAt))
                .hasFieldOrPropertyWithValue("messageKey", "account.email.invalid");
        NewAccount badPhone = TestData.newAccount(TestData.uniqueEmail("phone"));
        badPhone.setPhone("zadzwoń do mnie");
        assertThatThrownBy(() -> accountService.register(badPhone))
                .hasFieldOrPropertyWithValue("messageKey", "account.phone.invalid");
        NewAccount noName = TestData.newAccount(TestData.uniqueEmail("noname"));
        noName.setFirstName("  ");
        assertThatThrownBy(() -> accountService.register(noName))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("firstName"));
    }

    @Test
    void an_unknown_email_is_reported_like_a_wrong_password() {
        assertThatThrownBy(() -> userDetailsService.loadUserByUsername("nikt@example.pl"))
                .isInstanceOf(UsernameNotFoundException.class).hasMessage("Bad credentials");
    }

    @Test
    @WithMockUser(roles = Roles.RESIDENT)
    void a_resident_cannot_create_staff_accounts() {
        assertThatThrownBy(() -> accountService.createStaff(TestData.newAccount(TestData.uniqueEmail("c")),
                Roles.CLERK)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = Roles.ADMIN)
    void an_admin_creates_a_clerk_but_not_a_resident_through_the_staff_form() {
        long id = accountService.createStaff(TestData.newAccount(TestData.uniqueEmail("clerk")), Roles.CLERK);
        assertThat(accounts.findById(id).orElseThrow().getRole()).isEqualTo(Roles.CLERK);
        assertThatThrownBy(() -> accountService.createStaff(TestData.newAccount(TestData.uniqueEmail("r")),
                Roles.RESIDENT)).hasFieldOrPropertyWithValue("messageKey", "account.role.invalid");
    }

    private void assertRefused(String email, String password, String expectedKey) {
        NewAccount form = TestData.newAccount(email);
        form.setPassword(password);
        assertThatThrownBy(() -> accountService.register(form))
                .as("password '%s'", password)
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(expectedKey));
    }
}
