package pl.wizyty.clerk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.NativeTable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.base.ui.AccessDeniedView;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.SignedInUser;
import pl.wizyty.visit.BookingRequest;
import pl.wizyty.visit.BookingService;
import pl.wizyty.visit.DeskService;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitService;

class ReportsViewTest extends BrowserlessTestBase {

    @Autowired
    MutableClock clock;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;
    @Autowired
    BookingService booking;
    @Autowired
    VisitService visits;
    @Autowired
    DeskService desk;

    private ScheduleFixtures.Setup office;
    private SignedInUser clerk;

    @BeforeEach
    void twoVisitsOneCancelledByTheOffice() {
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        office = fixtures.weekdayOffice(1);
        clerk = residents.clerk("reports-view", office.officeId());
        SignedInUser anna = residents.create("reports-anna");
        TestSecurity.as(anna, () -> booking.book(request(9)));
        String cancelled = TestSecurity.as(anna, () -> booking.book(request(10)));
        VisitDetails visit = TestSecurity.as(anna, () -> visits.myVisitByNumber(cancelled));
        TestSecurity.as(clerk, () -> {
            desk.cancelOnBehalf(visit.id(), visit.version(), "Remont sali");
            return null;
        });
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_report_shows_each_number_in_a_table_beside_its_chart() {
        TestSecurity.signIn(clerk);
        ReportsView view = navigate(ReportsView.class);
        assertThat(view.office.getValue().id()).isEqualTo(office.officeId());
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(view.to.getValue()).isEqualTo(LocalDate.of(2026, 12, 31));

        NativeTable summary = table(view, "Wizyty w wybranym okresie");
        String text = summary.getElement().getTextRecursively();
        assertThat(text).contains("Umówione2", "Obecni0", "Nieobecni0", "Odwołane przez mieszkańców0",
                "Odwołane przez urząd1");
        assertThat(table(view, "Powody odwołania i ich liczba").getElement().getTextRecursively())
                .contains("Remont sali1");
        assertThat(table(view, "Wizyty według spraw").getElement().getTextRecursively())
                .contains("Sprawa testowa20001");
        assertThat(find(BarChart.class, view).all()).isNotEmpty()
                .allSatisfy(chart -> assertThat(chart.getElement().getAttribute("aria-hidden")).isEqualTo("true"));
        assertThat(view.csv.getText()).isEqualTo("Pobierz CSV");

        view.to.setValue(LocalDate.of(2026, 11, 30));
        assertThat(view.error.getText()).isEqualTo("Ostatni dzień okresu jest przed pierwszym. Popraw daty.");
        assertThat(find(NativeTable.class, view).exists()).isFalse();
    }

    @Test
    void a_resident_cannot_open_the_reports() {
        signInAsNewResident();
        assertThatThrownBy(() -> navigate(ReportsView.class)).hasMessageContaining(AccessDeniedView.class.getName());
    }

    private NativeTable table(ReportsView view, String caption) {
        return find(NativeTable.class, view).all().stream().filter(table -> caption.equals(table.getCaptionText()))
                .findFirst().orElseThrow();
    }

    private BookingRequest request(int hour) {
        Instant start = LocalDate.of(2026, 12, 9).atTime(hour, 0).atZone(TimeConfiguration.ZONE).toInstant();
        return new BookingRequest(office.matterId(), office.officeId(), start, "a@example.pl", null, null, null);
    }
}
