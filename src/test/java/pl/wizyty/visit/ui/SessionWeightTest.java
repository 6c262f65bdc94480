package pl.wizyty.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pl.wizyty.BrowserlessTestBase;
import pl.wizyty.TestSecurity;

/**
 * What a signed-in resident's page keeps in the session, counted in Vaadin's state nodes: each costs about 0.7 KB
 * for as long as the page is open (the node and Vaadin's kept copy of the answer that described it), so a page
 * that grows by 40 nodes grows every session by about 30 KB (issue 15, docs/perf/load-harness.md: the load harness
 * measures the heap; this test keeps the count from creeping back). The cookie banner is counted: a harness session,
 * like a first visit, has not answered it yet.
 */
class SessionWeightTest extends BrowserlessTestBase {

    /**
     * The frame: banner, skip link, header with navigation and tools, footer. The load harness counted 117 nodes per
     * session on Moje wizyty and 147 on booking step 1 before the fixed texts became markup, 56 and 85 after.
     */
    private static final int FRAME_BUDGET = 40;
    /** Moje wizyty with no visit: heading, link, filters, empty text; no grid until there is a visit to list. */
    private static final int EMPTY_MY_VISITS_BUDGET = 16;
    /** Booking step 1 without its catalogue (which grows with the town hall's matters). */
    private static final int BOOKING_STEP_1_BUDGET = 22;

    @AfterEach
    void signOut() {
        TestSecurity.signOut();
    }

    @Test
    void moje_wizyty_with_no_visit_stays_within_its_budget_of_nodes_and_builds_no_grid() {
        TestSecurity.signIn(residents.create("waga-sesji"));
        MyVisitsView view = navigate(MyVisitsView.class);

        assertThat(frameNodes()).as("nodes of the frame").isLessThanOrEqualTo(FRAME_BUDGET);
        assertThat(nodes(view)).as("nodes of the page").isLessThanOrEqualTo(EMPTY_MY_VISITS_BUDGET);
        assertThat(view.grid).as("no grid while there is nothing to list").isNull();
    }

    @Test
    void booking_step_1_stays_within_its_budget_of_nodes() {
        TestSecurity.signIn(residents.create("waga-sesji-rezerwacja"));
        BookingView view = navigate(BookingView.class);

        assertThat(frameNodes()).as("nodes of the frame").isLessThanOrEqualTo(FRAME_BUDGET);
        assertThat(nodes(view) - nodes(view.matterStep) + 1).as("nodes of step 1 beside the catalogue")
                .isLessThanOrEqualTo(BOOKING_STEP_1_BUDGET);
    }

    private int frameNodes() {
        return nodes(UI.getCurrent()) - nodes(find(Main.class).single());
    }

    private static int nodes(Component component) {
        AtomicInteger count = new AtomicInteger();
        component.getElement().getNode().visitNodeTree(node -> count.incrementAndGet());
        return count.get();
    }
}
