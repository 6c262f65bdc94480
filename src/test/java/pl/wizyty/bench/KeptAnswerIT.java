package pl.wizyty.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import pl.wizyty.Residents;
import pl.wizyty.TestData;

/**
 * A browser that did not get an answer sends its message again and must get the same answer. The app keeps that
 * answer deflated between requests (CompactLastResponse); this speaks Vaadin's protocol over HTTP, as the browser
 * does, and repeats a message the way the browser repeats it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KeptAnswerIT {

    @LocalServerPort
    int port;
    @Autowired
    Residents residents;

    @Test
    void a_repeated_message_gets_the_page_answer_it_missed_and_the_page_goes_on_working() throws Exception {
        VaadinClient client = new VaadinClient("http://localhost:" + port);
        client.signIn(residents.create("powtorzona-wiadomosc").email(), TestData.PASSWORD);
        client.open("moje-wizyty", "");
        String page = client.lastResponse();
        assertThat(page).as("an answer large enough to be kept deflated").hasSizeGreaterThan(2048)
                .contains("Moje wizyty");

        assertThat(client.resendLast()).isEqualTo(page);
        assertThat(client.resendLast()).as("and again").isEqualTo(page);

        client.click("vaadin-button", "Odwołane");
        String filtered = client.lastResponse();
        assertThat(filtered).isNotEqualTo(page).contains("Nie masz odwo");
        assertThat(client.resendLast()).isEqualTo(filtered);

        client.navigate("umow-wizyte", "");
        String booking = client.lastResponse();
        assertThat(booking).hasSizeGreaterThan(2048).contains("Krok 1 z 4");
        assertThat(client.resendLast()).isEqualTo(booking);
    }
}
