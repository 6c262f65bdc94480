package pl.wizyty.base;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;

/** Tells which named constraint an integrity error broke, on H2 and PostgreSQL alike. */
public final class IntegrityErrors {

    private IntegrityErrors() {
    }

    /**
     * Whether the error is a violation of exactly this constraint: its name stands as a whole word in what Hibernate
     * or the driver reported (H2 writes "PUBLIC.PK_SLOT_HOLD INDEX ...", PostgreSQL the bare name).
     */
    public static boolean violates(DataIntegrityViolationException error, String constraintName) {
        Pattern name = Pattern.compile("(^|[^a-z0-9_])" + Pattern.quote(constraintName.toLowerCase(Locale.ROOT))
                + "($|[^a-z0-9_])");
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String reported = cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    ? violation.getConstraintName()
                    : cause instanceof SQLException sql ? sql.getMessage() : null;
            if (reported != null && name.matcher(reported.toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }
}
