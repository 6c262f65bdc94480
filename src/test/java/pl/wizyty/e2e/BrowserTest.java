package pl.wizyty.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import pl.wizyty.consent.ConsentProperties;

/**
 * A real-browser test. Every browser test carries exactly these annotations and no others that shape the Spring
 * context (no {@code @DirtiesContext}, {@code @TestPropertySource}, extra profiles or per-class bean overrides), so
 * Spring starts the application once for all of them; {@link SharedBrowser} gives each test a fresh browser context
 * in the one Chromium of the test JVM.
 * <p>
 * {@link ConsentProperties} is a Mockito spy in every browser test (it answers like the real bean unless a test
 * stubs it, and is reset after each test), so that the consent test can raise the policy version without a context
 * of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@MockitoSpyBean(types = ConsentProperties.class)
@ExtendWith(SharedBrowser.class)
public @interface BrowserTest {
}
