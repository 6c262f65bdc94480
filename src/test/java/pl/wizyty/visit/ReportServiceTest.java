package pl.wizyty.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.wizyty.visit.BookingServiceTest.at;
import static pl.wizyty.visit.BookingServiceTest.request;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;

/** "Raporty": the counts, breakdowns, reasons, lead time and utilisation of an office of the test's own. */
@IntegrationTest
class ReportServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate NEXT_SUNDAY = LocalDate.of(2026, 12, 20);

    @Autowired
    ReportService reports;
    @Autowired
    DeskService desk;
    @Autowired
    BookingService booking;
    @Autowired
    VisitService visits;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;
    @Autowired
    MutableClock clock;

    private ScheduleFixtures.Setup office;
    private SignedInUser clerk;

    @BeforeEach
    void fiveVisitsOverTwoWeeks() {
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        office = fixtures.weekdayOffice(1);
        clerk = residents.clerk("report-clerk", office.officeId());
        VisitDetails attended = book("rep-a", 9, 9);
        VisitDetails noShow = book("rep-b", 9, 10);
        VisitDetails byResident = book("rep-c", 10, 9);
        VisitDetails byOffice = book("rep-d", 10, 10);
        book("rep-e", 14, 9);
        SignedInUser c = residentOf(byResident);
        TestSecurity.as(c, () -> visits.cancel(byResident.id(), byResident.version(), "Choroba"));
        TestSecurity.as(clerk, () -> {
            desk.cancelOnBehalf(byOffice.id(), byOffice.version(), "Awaria systemu");
            return null;
        });
        clock.set(LocalDateTime.of(2026, 12, 9, 10, 5));
        TestSecurity.as(clerk, () -> {
            desk.recordAttendance(attended.id(), attended.version(), true);
            desk.recordAttendance(noShow.id(), noShow.version(), false);
            return null;
        });
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_report_counts_each_outcome_per_matter_and_per_week_with_reasons_lead_time_and_utilisation() {
        OfficeReport report = TestSecurity.as(clerk, () -> reports.report(office.officeId(), MONDAY, NEXT_SUNDAY));

        assertThat(report.total()).isEqualTo(new OfficeReport.Counts(5, 1, 1, 1, 1));
        assertThat(report.perMatter()).containsExactly(
                new OfficeReport.Line("Sprawa testowa", new OfficeReport.Counts(5, 1, 1, 1, 1)));
        assertThat(report.perWeek()).containsExactly(
                new OfficeReport.Line("2026-12-07", new OfficeReport.Counts(4, 1, 1, 1, 1)),
                new OfficeReport.Line("2026-12-14", new OfficeReport.Counts(1, 0, 0, 0, 0)));
        assertThat(report.reasons()).containsExactly(new OfficeReport.Reason("Awaria systemu", 1),
                new OfficeReport.Reason("Choroba", 1));
        assertThat(report.averageLeadHours()).isEqualTo((50 + 51 + 74 + 75 + 170) / 5.0);
        assertThat(report.bookedMinutes()).as("three visits not cancelled, 30 minutes each").isEqualTo(90);
        assertThat(report.offeredMinutes()).as("ten weekdays of 6.5 hours at one desk").isEqualTo(10 * 390);
        assertThat(report.utilisation()).isEqualTo(90 / 3900.0);

        OfficeReport firstWeek = TestSecurity.as(clerk, () -> reports.report(office.officeId(), MONDAY,
                MONDAY.plusDays(6)));
        assertThat(firstWeek.total().booked()).isEqualTo(4);
    }

    @Test
    void another_offices_clerk_a_resident_and_a_bad_period_are_refused() {
        SignedInUser stranger = residents.clerk("report-stranger", fixtures.weekdayOffice(1).officeId());
        assertThatThrownBy(() -> TestSecurity.as(stranger, () -> reports.report(office.officeId(), MONDAY,
                NEXT_SUNDAY))).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("desk.office.notFound"));
        assertThatThrownBy(() -> TestSecurity.as(residents.create("report-resident"),
                () -> reports.report(office.officeId(), MONDAY, NEXT_SUNDAY)))
                .isInstanceOf(AuthorizationDeniedException.class);
        for (List<LocalDate> period : List.of(List.of(NEXT_SUNDAY, MONDAY), List.of(MONDAY, MONDAY.plusDays(400)))) {
            assertThatThrownBy(() -> TestSecurity.as(clerk, () -> reports.report(office.officeId(), period.get(0),
                    period.get(1)))).isInstanceOf(RuleViolation.class);
        }
    }

    private final java.util.Map<Long, SignedInUser> owners = new java.util.HashMap<>();

    private VisitDetails book(String name, int day, int hour) {
        SignedInUser resident = residents.create(name);
        String number = TestSecurity.as(resident, () -> booking.book(request(office, at(2026, 12, day, hour, 0))));
        VisitDetails visit = TestSecurity.as(resident, () -> visits.myVisitByNumber(number));
        owners.put(visit.id(), resident);
        return visit;
    }

    private SignedInUser residentOf(VisitDetails visit) {
        return owners.get(visit.id());
    }
}
