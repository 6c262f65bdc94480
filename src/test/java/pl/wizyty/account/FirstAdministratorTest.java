package pl.wizyty.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import pl.wizyty.security.Roles;

/** The first start of a town hall's own installation: the admin comes from the environment, or the log says how. */
class FirstAdministratorTest {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T06:00:00Z"), ZoneId.of("Europe/Warsaw"));

    @Test
    void with_no_admin_the_configured_one_is_created_under_the_policy() {
        when(accounts.existsByRole(Roles.ADMIN)).thenReturn(false);
        when(accounts.save(any())).thenAnswer(call -> call.getArgument(0));

        start("sekretarz@gmina.pl", "Mocne-Haslo-2026");

        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().getRole()).isEqualTo(Roles.ADMIN);
        assertThat(saved.getValue().getEmail()).isEqualTo("sekretarz@gmina.pl");
    }

    @Test
    void a_weak_password_stops_the_start_with_the_rule_and_creates_nothing() {
        when(accounts.existsByRole(Roles.ADMIN)).thenReturn(false);
        assertThatThrownBy(() -> start("sekretarz@gmina.pl", "krotkie"))
                .hasMessageContaining("WIZYTY_ADMIN_PASSWORD does not meet the password policy");
        verify(accounts, never()).save(any());
    }

    @Test
    void without_the_variables_or_with_an_admin_already_nothing_is_created() {
        when(accounts.existsByRole(Roles.ADMIN)).thenReturn(false);
        start("", "");
        when(accounts.existsByRole(Roles.ADMIN)).thenReturn(true);
        start("sekretarz@gmina.pl", "Mocne-Haslo-2026");
        verify(accounts, never()).save(any());
    }

    @SuppressWarnings("deprecation")
    private void start(String email, String password) {
        new FirstAdministrator(accounts, NoOpPasswordEncoder.getInstance(), clock, email, password).run(null);
    }
}
