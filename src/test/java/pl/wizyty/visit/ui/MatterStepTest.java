package pl.wizyty.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.Residents;
import pl.wizyty.TestSecurity;
import pl.wizyty.schedule.ScheduleFixtures;
import pl.wizyty.schedule.ScheduleService;

/** "Szukaj sprawy" in the wizard's first step, over a citizens' office as a town hall sets it up. */
@ViewPackages(packages = "pl.wizyty")
class MatterStepTest extends BrowserlessTestBase {

    private static final String ID = "Dowód osobisty – złożenie wniosku";
    private static final String RESIDENCE = "Zameldowanie na pobyt stały";
    private static final String BIRTH = "Zgłoszenie urodzenia dziecka";

    @Autowired
    ScheduleFixtures fixtures;
    @Autowired
    Residents residents;
    @Autowired
    ScheduleService schedule;

    long officeId;

    @BeforeEach
    void aCitizensOffice() {
        officeId = fixtures.weekdayOffice("Wydział Obywatelski " + UUID.randomUUID().toString().substring(0, 6), 1)
                .officeId();
        fixtures.matter(officeId, ID, "ID card – application", "dowód osobisty, identity card");
        fixtures.matter(officeId, RESIDENCE, "Registration of permanent residence", "meldunek, registration");
        fixtures.matter(officeId, BIRTH, "Birth registration", null);
        TestSecurity.signIn(residents.create("szukajaca"));
    }

    @AfterEach
    void signOutAgain() {
        TestSecurity.signOut();
    }

    @Test
    void polish_word_forms_keywords_prefixes_and_words_without_polish_letters_find_the_matter() {
        navigate(BookingView.class);

        assertThat(found("meldunek")).containsExactly(RESIDENCE);
        assertThat(found("urodzenie")).containsExactly(BIRTH);
        assertThat(found("dowod")).containsExactly(ID);
        assertThat(found("zamel")).containsExactly(RESIDENCE);
        assertThat(found("dowód osobisty")).containsExactly(ID);
        assertThat(found("paszport")).isEmpty();
    }

    @Test
    void in_english_id_card_and_registration_find_their_matters() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(BookingView.class);

        assertThat(found("ID card")).containsExactly(ID);
        assertThat(found("registration")).contains(RESIDENCE).doesNotContain(ID);
        assertThat(found("birth")).containsExactly(BIRTH);
    }

    @Test
    void the_hint_suggests_only_words_that_find_a_matter() {
        navigate(BookingView.class);

        String hint = view().matterStep.search.getHelperText();
        assertThat(hint).isEqualTo("Wpisz np. „dowód”, „meldunek”, „urodzenie” albo nazwę wydziału.");
        for (String word : List.of("dowód", "meldunek", "urodzenie")) {
            assertThat(found(word)).as(word).isNotEmpty();
        }
        assertThat(schedule.searchesThatFind(List.of("dowód", "xyzzy", "meldunek"))).containsExactly("dowód",
                "meldunek");
    }

    @Test
    void the_english_hint_suggests_only_words_that_find_a_matter() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(BookingView.class);

        assertThat(view().matterStep.search.getHelperText())
                .isEqualTo("Type e.g. \"ID card\", \"registration\", \"birth\" or the name of a department.");
    }

    /** Types the search and reads the matters listed in this office's group (other tests' offices aside). */
    @SuppressWarnings("unchecked")
    private List<String> found(String typed) {
        test(view().matterStep.search).setValue(typed);
        return find(RadioButtonGroup.class).withId("booking-office-" + officeId).all().stream()
                .flatMap(group -> ((RadioButtonGroup<MatterStep.Choice>) group).getListDataView().getItems())
                .map(choice -> schedule.bookableAt(choice.id()).getFirst().matter().name()).toList();
    }

    private BookingView view() {
        return (BookingView) getCurrentView();
    }
}
