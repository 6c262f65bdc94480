package pl.wizyty.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.wizyty.visit.BookingServiceTest.at;
import static pl.wizyty.visit.BookingServiceTest.request;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.TranslationProvider;
import pl.wizyty.schedule.Matter;
import pl.wizyty.schedule.MatterAtOffice;
import pl.wizyty.schedule.MatterForm;
import pl.wizyty.schedule.Office;
import pl.wizyty.schedule.OfficeForm;
import pl.wizyty.schedule.ScheduleAdminService;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.schedule.ScheduleService;
import pl.wizyty.security.SignedInUser;

/**
 * What an admin writes in English in "Sprawy" and "Wydziały" is what a resident reading English gets, in the
 * catalogue, in their visit's details and in Moje wizyty; every text left empty in English shows in Polish.
 */
@IntegrationTest
class EnglishTextsTest {

    private static final Locale ENGLISH = TranslationProvider.ENGLISH;
    private static final Locale POLISH = TranslationProvider.POLISH;

    @Autowired
    ScheduleAdminService admin;
    @Autowired
    ScheduleService catalogue;
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
    @Autowired
    JdbcTemplate jdbc;

    private ScheduleFixtures.Setup office;
    private SignedInUser administrator;

    @BeforeEach
    void anOfficeWithAMatter() {
        clock.set(BookingServiceTest.NOW);
        office = fixtures.weekdayOffice(1);
        administrator = residents.admin("english");
    }

    @AfterEach
    void reset() {
        clock.reset();
        TestSecurity.signOut();
    }

    @Test
    void an_english_reader_gets_what_the_admin_wrote_in_english_and_polish_where_nothing_was_written() {
        describeInEnglish("Test Department", "room 1", "Test matter", "");

        MatterAtOffice found = catalogue.matterAtOffice(office.matterId(), office.officeId()).orElseThrow();
        assertThat(found.office().name(ENGLISH)).isEqualTo("Test Department");
        assertThat(found.office().room(ENGLISH)).isEqualTo("room 1");
        assertThat(found.office().accessibilityInfo(ENGLISH)).as("no English text: the Polish one")
                .isEqualTo("Wejście bez progów");
        assertThat(found.matter().name(ENGLISH)).isEqualTo("Test matter");
        assertThat(found.matter().description(ENGLISH)).isEqualTo("Opis");
        assertThat(found.matter().whatToBring(ENGLISH)).containsExactly("Dowód osobisty");
        assertThat(found.office().name(POLISH)).isEqualTo("Wydział Testowy");
        assertThat(found.matter().name(POLISH)).isEqualTo("Sprawa testowa");
        assertThat(jdbc.queryForObject("select name_en from office where id = ?", String.class, office.officeId()))
                .isEqualTo("Test Department");

        describeInEnglish("Test Department", "room 1", "Test matter", "ID card\nProof of address");
        assertThat(catalogue.bookableCatalogue("").stream()
                .filter(group -> group.office().id() == office.officeId())
                .flatMap(group -> group.matters().stream()).findFirst().orElseThrow().whatToBring(ENGLISH))
                .containsExactly("ID card", "Proof of address");
    }

    @Test
    void a_residents_visits_read_in_english_name_the_matter_and_office_in_english() {
        describeInEnglish("Test Department", "room 1", "Test matter", "ID card");
        SignedInUser anna = residents.create("anna");
        String number = TestSecurity.as(anna, () -> booking.book(request(office, at(2026, 12, 9, 9, 0))));

        VisitRow row = TestSecurity.as(anna, () -> visits.myVisits(VisitFilter.UPCOMING, PageRequest.of(0, 10)))
                .getFirst();
        assertThat(List.of(row.matterName(ENGLISH), row.officeName(ENGLISH), row.room(ENGLISH)))
                .containsExactly("Test matter", "Test Department", "room 1");
        assertThat(List.of(row.matterName(POLISH), row.officeName(POLISH), row.room(POLISH)))
                .containsExactly("Sprawa testowa", "Wydział Testowy", "pok. 1");
        VisitDetails details = TestSecurity.as(anna, () -> visits.myVisitByNumber(number));
        assertThat(details.matter().whatToBring(ENGLISH)).containsExactly("ID card");
        assertThat(CalendarFile.location(details, ENGLISH))
                .isEqualTo("Test Department, ul. Testowa 1, 00-001 Test, room 1");
    }

    @Test
    void an_office_with_no_english_texts_reads_in_polish_in_english() {
        SignedInUser anna = residents.create("anna");
        TestSecurity.as(anna, () -> booking.book(request(office, at(2026, 12, 9, 9, 0))));

        VisitRow row = TestSecurity.as(anna, () -> visits.myVisits(VisitFilter.UPCOMING, PageRequest.of(0, 10)))
                .getFirst();
        assertThat(List.of(row.matterName(ENGLISH), row.officeName(ENGLISH), row.room(ENGLISH)))
                .containsExactly("Sprawa testowa", "Wydział Testowy", "pok. 1");
    }

    @Test
    void an_english_name_longer_than_the_polish_limit_is_refused_on_its_field() {
        assertThatThrownBy(() -> describeInEnglish("x".repeat(Office.NAME_MAX + 1), "", "", ""))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.field())
                        .isEqualTo("nameEn"));
    }

    private void describeInEnglish(String officeName, String room, String matterName, String whatToBring) {
        TestSecurity.as(administrator, () -> {
            OfficeForm form = admin.office(office.officeId());
            admin.saveOffice(new OfficeForm(form.id(), form.version(), form.name(), form.address(), form.room(),
                    form.accessibilityInfo(), form.phone(), form.email(), form.slotMinutes(), form.active(),
                    new Office.English(officeName, room, "")));
            MatterForm matter = admin.matter(office.matterId());
            Matter.Wording polish = matter.wording();
            return admin.saveMatter(new MatterForm(matter.id(), matter.version(), matter.officeId(),
                    new Matter.Wording(polish.name(), polish.description(), polish.whatToBring(), matterName, "",
                            whatToBring, polish.keywords()), matter.durationMinutes(), matter.bookableOnline(),
                    matter.minNoticeHours(), matter.maxDaysAhead(), matter.active()));
        });
    }
}
