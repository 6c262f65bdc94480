package pl.wizyty.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.MutableClock;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.security.SignedInUser;

class AuditLogViewTest extends BrowserlessTestBase {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_admin_reads_who_did_what_newest_first_and_filters_by_kind() {
        SignedInUser admin = signInAsNewAdmin();
        clock.set(LocalDateTime.of(2031, 1, 2, 8, 0));
        audit.record(AuditAction.OFFICE_SAVED, "office", 7L, "Wydział Testowy");
        audit.record(AuditAction.CLOSURE_SAVED, "office", 7L, "Awaria");

        AuditLogView view = navigate(AuditLogView.class);
        test(view.action).selectItem("Zapis zamknięcia");

        assertThat(test(view.entries).size()).isEqualTo(
                jdbc.queryForObject("select count(*) from audit_entry where action = 'CLOSURE_SAVED'", Integer.class));
        assertThat(test(view.entries).getCellText(0, 1)).isEqualTo("Zofia Testowa (#" + admin.accountId() + ")");
        assertThat(test(view.entries).getCellText(0, 2)).isEqualTo("Zapis zamknięcia");
        assertThat(test(view.entries).getCellText(0, 3)).isEqualTo("office #7");
        assertThat(test(view.entries).getCellText(0, 4)).isEqualTo("Awaria");
    }

    @Test
    void a_resident_cannot_read_the_trail() {
        signInAsNewResident();
        assertThatThrownBy(() -> audit.search(null, null, null, org.springframework.data.domain.PageRequest.of(0, 5)))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }
}
