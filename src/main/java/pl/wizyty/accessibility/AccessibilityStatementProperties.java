package pl.wizyty.accessibility;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The facts of the accessibility statement that only the municipality knows ({@code wizyty.accessibility-statement.*}):
 * its dates, the compliance status it found, how it assessed it, whom to contact, and what is not accessible yet.
 * The entity's name and address come from {@code MunicipalityProperties}, the offices' from the schedule. Without
 * a coordinator of its own the statement names the municipality's general contact.
 *
 * @param nonCompliantContent the municipality's own words, shown as they are; when empty, the statement lists the
 *                            limitations known to the portal's authors (from the message bundles)
 */
@ConfigurationProperties(prefix = "wizyty.accessibility-statement")
public record AccessibilityStatementProperties(
        @DefaultValue("2026-11-25") @DateTimeFormat(iso = ISO.DATE) LocalDate publishedOn,
        @DefaultValue("2026-11-25") @DateTimeFormat(iso = ISO.DATE) LocalDate lastUpdatedOn,
        @DefaultValue("2026-11-25") @DateTimeFormat(iso = ISO.DATE) LocalDate preparedOn,
        @DefaultValue("2026-11-25") @DateTimeFormat(iso = ISO.DATE) LocalDate reviewedOn,
        @DefaultValue("PARTIALLY_COMPLIANT") ComplianceStatus status,
        @DefaultValue("SELF_ASSESSMENT") Assessment assessment,
        String portalAddress,
        String coordinatorName,
        String coordinatorEmail,
        String coordinatorPhone,
        List<String> nonCompliantContent) {

    public AccessibilityStatementProperties {
        nonCompliantContent = nonCompliantContent == null ? List.of() : List.copyOf(nonCompliantContent);
    }

    /** The three statuses the law knows (art. 10 of the act of 4 April 2019). */
    public enum ComplianceStatus {
        COMPLIANT, PARTIALLY_COMPLIANT, NOT_COMPLIANT
    }

    /** Who assessed the portal. */
    public enum Assessment {
        SELF_ASSESSMENT, EXTERNAL_AUDIT
    }
}
