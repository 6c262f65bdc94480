package pl.wizyty.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.UnwantedCharacters;
import pl.wizyty.schedule.Matter;
import pl.wizyty.schedule.Office;

/** The visit's own rules, without Spring or a database. */
class VisitTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private static final Instant START = Instant.parse("2026-12-09T08:00:00Z");
    private static final Instant END = START.plus(Duration.ofMinutes(30));
    private static final Duration CUTOFF = Duration.ofHours(2);
    private static final Duration PRESENT_FROM = Duration.ofMinutes(60);
    private static final Acting RESIDENT = Acting.resident(7);
    private static final Acting CLERK = Acting.office(9L);

    @Test
    void booking_writes_one_history_line_that_says_who_booked() {
        Visit visit = booked();

        List<HistoryRecord> lines = visit.takeUnsavedHistory();

        assertThat(lines).extracting(line -> line.toEntry().kind()).containsExactly(VisitEventKind.BOOKED);
        assertThat(lines.getFirst().toEntry().by()).isEqualTo(Actor.RESIDENT);
        assertThat(visit.takeUnsavedHistory()).as("handed over once").isEmpty();
        assertThat(visit.getStatus()).isEqualTo(VisitStatus.BOOKED);
    }

    @Test
    void a_contact_address_that_is_not_an_email_is_refused() {
        assertThatThrownBy(() -> Visit.book(newVisit("nie-email", null), END, 1, RESIDENT, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("contactEmail"));
        assertThatThrownBy(() -> Visit.book(newVisit("a@example.pl", "abc"), END, 1, RESIDENT, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("contactPhone"));
    }

    @Test
    void a_note_accessibility_needs_contact_details_or_a_cancel_reason_with_an_invisible_character_are_refused() {
        for (String bad : UnwantedCharacters.ALL) {
            String text = "live" + bad + "evil";
            assertInvisible(() -> Visit.book(withTexts(text, null), END, 1, RESIDENT, NOW), "note");
            assertInvisible(() -> Visit.book(withTexts(null, text), END, 1, RESIDENT, NOW), "accessibilityNeeds");
            assertInvisible(() -> Visit.book(newVisit("zofia" + bad + "@example.pl", null), END, 1, RESIDENT, NOW),
                    "contactEmail");
            assertInvisible(() -> Visit.book(newVisit("zofia@example.pl", "600" + bad + "100200"), END, 1, RESIDENT,
                    NOW), "contactPhone");
            assertInvisible(() -> booked().cancel(text, CLERK, NOW, CUTOFF), "reason");
        }
    }

    @Test
    void a_note_over_several_lines_is_kept() {
        Visit visit = Visit.book(withTexts("Pierwsza linia\nDruga linia", null), END, 1, RESIDENT, NOW);
        assertThat(visit.getNote()).isEqualTo("Pierwsza linia\nDruga linia");
    }

    @Test
    void cancelling_records_who_and_why_and_a_second_cancel_is_refused() {
        Visit visit = booked();
        visit.takeUnsavedHistory();

        visit.cancel("Zmiana planów", RESIDENT, NOW, CUTOFF);

        assertThat(visit.getStatus()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(visit.getCancelledBy()).isEqualTo(Actor.RESIDENT);
        assertThat(visit.getCancelReason()).isEqualTo("Zmiana planów");
        HistoryEntry line = visit.takeUnsavedHistory().getFirst().toEntry();
        assertThat(line.kind()).isEqualTo(VisitEventKind.CANCELLED);
        assertThat(line.fromStart()).isEqualTo(START);
        assertRefused(() -> visit.cancel(null, RESIDENT, NOW, CUTOFF), "visit.alreadyCancelled");
    }

    @Test
    void a_resident_cannot_change_a_visit_within_the_cutoff_but_the_office_can() {
        Instant anHourBefore = START.minus(Duration.ofHours(1));
        assertRefused(() -> booked().cancel(null, RESIDENT, anHourBefore, CUTOFF), "visit.change.tooLate");
        assertRefused(() -> booked().moveTo(START.plus(Duration.ofDays(1)), END.plus(Duration.ofDays(1)), 1,
                RESIDENT, anHourBefore, CUTOFF), "visit.change.tooLate");

        Visit visit = booked();
        visit.cancel("Awaria systemu", CLERK, anHourBefore, CUTOFF);
        assertThat(visit.getCancelledBy()).isEqualTo(Actor.OFFICE);
    }

    @Test
    void the_office_must_give_a_reason_and_nobody_may_give_one_too_long() {
        assertRefused(() -> booked().cancel("  ", CLERK, NOW, CUTOFF), "visit.cancel.reasonRequired");
        assertRefused(() -> booked().cancel("x".repeat(Visit.CANCEL_REASON_MAX + 1), RESIDENT, NOW, CUTOFF),
                "visit.cancel.reasonTooLong");
    }

    @Test
    void a_past_visit_cannot_be_cancelled_or_moved() {
        Instant afterwards = END.plusSeconds(1);
        assertRefused(() -> booked().cancel("x", CLERK, afterwards, CUTOFF), "visit.change.past");
        assertRefused(() -> booked().moveTo(START.plus(Duration.ofDays(1)), END.plus(Duration.ofDays(1)), 1, CLERK,
                afterwards, CUTOFF), "visit.change.past");
    }

    @Test
    void moving_keeps_the_number_and_records_from_and_to() {
        Visit visit = booked();
        visit.takeUnsavedHistory();
        Instant later = START.plus(Duration.ofDays(1));

        visit.moveTo(later, later.plus(Duration.ofMinutes(30)), 2, RESIDENT, NOW, CUTOFF);

        assertThat(visit.getBookingNumber()).isEqualTo("AK-TEST2");
        assertThat(visit.getStartsAt()).isEqualTo(later);
        assertThat(visit.getDeskId()).isEqualTo(2L);
        HistoryEntry line = visit.takeUnsavedHistory().getFirst().toEntry();
        assertThat(line.fromStart()).isEqualTo(START);
        assertThat(line.toStart()).isEqualTo(later);
        assertRefused(() -> visit.moveTo(later, later.plus(Duration.ofMinutes(30)), 2, RESIDENT, NOW, CUTOFF),
                "visit.reschedule.sameTime");
    }

    @Test
    void attendance_has_its_times_and_is_recorded_once() {
        assertRefused(() -> booked().recordAttendance(true, CLERK, START.minus(Duration.ofMinutes(61)), PRESENT_FROM),
                "visit.attendance.tooEarly");
        assertRefused(() -> booked().recordAttendance(false, CLERK, START.minusSeconds(1), PRESENT_FROM),
                "visit.attendance.noShowTooEarly");

        Visit came = booked();
        came.recordAttendance(true, CLERK, START.minus(Duration.ofMinutes(60)), PRESENT_FROM);
        assertThat(came.getStatus()).isEqualTo(VisitStatus.ATTENDED);
        assertRefused(() -> came.recordAttendance(false, CLERK, START, PRESENT_FROM),
                "visit.attendance.alreadyRecorded");

        Visit absent = booked();
        absent.recordAttendance(false, CLERK, START, PRESENT_FROM);
        assertThat(absent.getStatus()).isEqualTo(VisitStatus.NO_SHOW);

        Visit cancelled = booked();
        cancelled.cancel(null, RESIDENT, NOW, CUTOFF);
        assertRefused(() -> cancelled.recordAttendance(true, CLERK, START, PRESENT_FROM), "visit.alreadyCancelled");
    }

    @Test
    void a_stale_version_is_refused() {
        assertRefused(() -> booked().requireSeen(1), "visit.stale");
    }

    private static Visit booked() {
        return Visit.book(newVisit("zofia@example.pl", "+48 600 100 200"), END, 1, RESIDENT, NOW);
    }

    private static Visit.NewVisit newVisit(String email, String phone) {
        Office office = new Office("Wydział", "ul. Testowa 1", "pok. 1", null, null, null, 15);
        Matter matter = new Matter("Sprawa", "Opis", 30, List.of(), true, 0, 30);
        return new Visit.NewVisit("AK-TEST2", 7, matter, office, START, email, phone, null, null);
    }

    private static Visit.NewVisit withTexts(String note, String accessibilityNeeds) {
        Visit.NewVisit base = newVisit("zofia@example.pl", null);
        return new Visit.NewVisit(base.bookingNumber(), base.residentId(), base.matter(), base.office(), base.start(),
                base.contactEmail(), base.contactPhone(), note, accessibilityNeeds);
    }

    private static void assertInvisible(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo("validation.invisibleCharacter");
            assertThat(v.field()).isEqualTo(field);
        });
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo(key));
    }
}
