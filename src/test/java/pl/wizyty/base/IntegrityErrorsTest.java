package pl.wizyty.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Only the named constraint counts, in the shapes H2 and PostgreSQL report it. */
class IntegrityErrorsTest {

    @Test
    void the_slot_hold_key_is_recognised_as_h2_and_postgresql_name_it() {
        assertThat(IntegrityErrors.violates(wrapped("PUBLIC.PK_SLOT_HOLD INDEX PUBLIC.PRIMARY_KEY_91"),
                "pk_slot_hold")).isTrue();
        assertThat(IntegrityErrors.violates(wrapped("pk_slot_hold"), "pk_slot_hold")).isTrue();
    }

    @Test
    void other_constraints_are_not_mistaken_for_it() {
        assertThat(IntegrityErrors.violates(wrapped("uq_visit_booking_number"), "pk_slot_hold")).isFalse();
        assertThat(IntegrityErrors.violates(wrapped("pk_slot_hold_archive"), "pk_slot_hold")).isFalse();
        assertThat(IntegrityErrors.violates(new DataIntegrityViolationException("no cause"), "pk_slot_hold"))
                .isFalse();
        DataIntegrityViolationException foreignKey = new DataIntegrityViolationException("fk",
                new SQLException("Referential integrity constraint violation: \"FK_VISIT_MATTER\""));
        assertThat(IntegrityErrors.violates(foreignKey, "pk_slot_hold")).isFalse();
    }

    private static DataIntegrityViolationException wrapped(String constraintName) {
        return new DataIntegrityViolationException("refused", new ConstraintViolationException("refused",
                new SQLException("duplicate key"), constraintName));
    }
}
