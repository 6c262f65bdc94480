package pl.wizyty.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.wizyty.visit.BookingServiceTest.at;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import pl.wizyty.ConfirmationLinks;
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.Residents;
import pl.wizyty.TestData;
import pl.wizyty.TestSecurity;
import pl.wizyty.account.AccountService;
import pl.wizyty.account.NewAccount;
import pl.wizyty.account.NewResident;
import pl.wizyty.account.PasswordResetService;
import pl.wizyty.account.ResidentCard;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;

/** "Umów wizytę w imieniu mieszkańca": a record for a caller, a booking as the office, and claiming the record. */
@IntegrationTest
class BookOnBehalfTest {

    @Autowired
    DeskService desk;
    @Autowired
    VisitService visits;
    @Autowired
    BookingService booking;
    @Autowired
    AccountService accounts;
    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordResetService resets;
    @Autowired
    PasswordEncoder passwordEncoder;

    private ScheduleFixtures.Setup office;
    private SignedInUser clerk;
    private String surname;

    @BeforeEach
    void anOfficeAndItsClerk() {
        clock.set(LocalDateTime.of(2026, 12, 7, 7, 0));
        office = fixtures.weekdayOffice(1);
        clerk = residents.clerk("behalf-clerk", office.officeId());
        surname = "Dzwoniąca" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 5);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_caller_with_only_a_phone_is_recorded_and_booked_for_and_the_history_says_the_office_booked() {
        ResidentCard caller = TestSecurity.as(clerk,
                () -> desk.recordResident(new NewResident("Halina", surname, " ", "+48 501 234 567")));
        assertThat(caller.email()).isNull();

        String number = TestSecurity.as(clerk, () -> desk.bookFor(caller.id(), request(null, "+48 501 234 567")));

        List<AgendaRow> record = TestSecurity.as(clerk, () -> desk.visitsOf(caller.id(), PageRequest.of(0, 10)));
        assertThat(record).extracting(AgendaRow::bookingNumber).containsExactly(number);
        assertThat(record.getFirst().residentName()).isEqualTo("Halina " + surname);
        VisitDetails details = TestSecurity.as(clerk, () -> desk.visit(record.getFirst().id()));
        assertThat(details.history()).extracting(HistoryEntry::kind, HistoryEntry::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(VisitEventKind.BOOKED, Actor.OFFICE));
        assertThat(TestSecurity.as(clerk, () -> desk.findResidents(surname))).extracting(ResidentCard::id)
                .containsExactly(caller.id());
        assertThat(TestSecurity.as(clerk, () -> desk.findResidents("501-234-567"))).extracting(ResidentCard::id)
                .contains(caller.id());
    }

    @Test
    void registering_with_the_records_e_mail_claims_it_and_the_resident_sees_the_visit() {
        String email = TestData.uniqueEmail("claim");
        ResidentCard caller = TestSecurity.as(clerk,
                () -> desk.recordResident(new NewResident("Jerzy", surname, email, null)));
        String number = TestSecurity.as(clerk, () -> desk.bookFor(caller.id(), request(email, null)));

        NewAccount form = TestData.newAccount(email.toUpperCase());
        form.setFirstName("Jerzy");
        form.setLastName(surname);
        long id = residents.register(form);

        assertThat(id).isEqualTo(caller.id());
        SignedInUser jerzy = new SignedInUser(id, email, "Jerzy " + surname, Roles.RESIDENT, "", true);
        VisitDetails mine = TestSecurity.as(jerzy, () -> visits.myVisitByNumber(number));
        assertThat(mine.history()).extracting(HistoryEntry::by).containsExactly(Actor.OFFICE);
        // Registering again with the claimed address answers as always, and the owner is told instead.
        accounts.register(TestData.newAccount(email));
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ? and kind = ?",
                Integer.class, email, "REGISTRATION_ATTEMPT")).isEqualTo(1);
    }

    @Test
    void a_record_needs_a_name_and_a_phone_or_an_unused_e_mail_and_nothing_is_kept_when_refused() {
        String taken = TestData.uniqueEmail("taken");
        accounts.register(TestData.newAccount(taken));
        assertRefused(new NewResident("Ala", surname, "", ""), "desk.resident.contactRequired");
        assertRefused(new NewResident("", surname, "", "+48 501 234 567"), "validation.required");
        assertRefused(new NewResident("Ala", surname, "nie-email", null), "account.email.invalid");
        assertRefused(new NewResident("Ala", surname, null, "telefon"), "account.phone.invalid");
        assertRefused(new NewResident("Ala", surname, taken, null), "desk.resident.emailTaken");
        assertThat(TestSecurity.as(clerk, () -> desk.findResidents(surname))).isEmpty();
    }

    @Test
    void another_offices_clerk_and_residents_are_refused() {
        ResidentCard caller = TestSecurity.as(clerk,
                () -> desk.recordResident(new NewResident("Olga", surname, null, "+48 502 000 111")));
        TestSecurity.as(clerk, () -> desk.bookFor(caller.id(), request(null, "+48 502 000 111")));
        SignedInUser stranger = residents.clerk("behalf-stranger", fixtures.weekdayOffice(1).officeId());
        TestSecurity.as(stranger, () -> {
            assertThatThrownBy(() -> desk.bookFor(caller.id(), request(null, "+48 502 000 111")))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.messageKey()).isEqualTo("desk.office.notFound"));
            assertThatThrownBy(() -> desk.bookableMatters(office.officeId())).isInstanceOf(RuleViolation.class);
            assertThat(desk.visitsOf(caller.id(), PageRequest.of(0, 10))).isEmpty();
            assertThat(desk.countVisitsOf(caller.id())).isZero();
            return null;
        });
        assertThatThrownBy(() -> TestSecurity.as(clerk, () -> desk.bookFor(clerk.accountId(),
                request("x@example.pl", null)))).isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("desk.resident.notFound"));

        SignedInUser resident = residents.create("behalf-resident");
        for (Runnable action : List.<Runnable>of(
                () -> desk.findResidents(surname),
                () -> desk.recordResident(new NewResident("Ela", surname, null, "+48 503 000 000")),
                () -> desk.bookFor(caller.id(), request(null, "+48 502 000 111")),
                () -> desk.visitsOf(caller.id(), PageRequest.of(0, 10)),
                () -> desk.bookableMatters(office.officeId()))) {
            assertThatThrownBy(() -> TestSecurity.as(resident, () -> {
                action.run();
                return null;
            })).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    private void assertRefused(NewResident form, String key) {
        assertThatThrownBy(() -> TestSecurity.as(clerk, () -> desk.recordResident(form)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(key));
    }

    @Test
    void a_resident_whose_address_is_not_confirmed_cannot_book_but_the_office_can_book_for_them() {
        String email = TestData.uniqueEmail("niepotwierdzony");
        accounts.register(TestData.newAccount(email));
        long id = accounts.profileByEmail(email).orElseThrow().id();
        SignedInUser unconfirmed = new SignedInUser(id, email, "Zofia Testowa", Roles.RESIDENT, "", true);

        assertThatThrownBy(() -> TestSecurity.as(unconfirmed, () -> booking.book(request(email, null))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("visit.unconfirmedAccount"));
        assertThat(jdbc.queryForObject("select count(*) from visit where resident_id = ?", Integer.class, id))
                .isZero();

        TestSecurity.as(clerk, () -> desk.bookFor(id, request(email, null)));
        assertThat(jdbc.queryForObject("select count(*) from visit where resident_id = ?", Integer.class, id))
                .isOne();
    }

    @Test
    void registering_an_office_records_address_keeps_the_names_the_office_recorded() {
        String email = TestData.uniqueEmail("rekord-nazwy");
        ResidentCard caller = TestSecurity.as(clerk,
                () -> desk.recordResident(new NewResident("Halina", surname, email, null)));
        NewAccount stranger = TestData.newAccount(email);
        stranger.setFirstName("Obcy");
        stranger.setLastName("Podszywający");

        accounts.register(stranger);

        assertThat(jdbc.queryForObject("select first_name from user_account where id = ?", String.class,
                caller.id())).isEqualTo("Halina");
        assertThat(jdbc.queryForObject("select last_name from user_account where id = ?", String.class,
                caller.id())).isEqualTo(surname);
    }

    @Test
    void an_office_record_whose_owner_set_a_password_by_link_is_theirs_and_a_later_registration_changes_nothing() {
        String email = TestData.uniqueEmail("rekord-reset");
        ResidentCard caller = TestSecurity.as(clerk,
                () -> desk.recordResident(new NewResident("Irena", surname, email, null)));
        resets.requestReset(email);
        resets.resetPassword(ConfirmationLinks.token(jdbc, email, "PASSWORD_RESET"), "Haslo-Ireny-2026");

        NewAccount intruder = TestData.newAccount(email);
        intruder.setPassword("Haslo-Intruza-2026");
        accounts.register(intruder);

        String hash = jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
                caller.id());
        assertThat(passwordEncoder.matches("Haslo-Ireny-2026", hash)).isTrue();
        assertThat(passwordEncoder.matches("Haslo-Intruza-2026", hash)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ? and kind = ?",
                Integer.class, email, "REGISTRATION_ATTEMPT")).isEqualTo(1);
    }

    private BookingRequest request(String email, String phone) {
        return new BookingRequest(office.matterId(), office.officeId(), at(2026, 12, 9, 9, 0), email, phone, null,
                null);
    }
}
