package pl.wizyty;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import pl.wizyty.account.AccountService;
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;

/**
 * Server-side UI tests without a browser. Every such test extends this class, so they all share one Spring
 * context (the same one as {@link IntegrationTest}). Signing in puts a real account's {@link SignedInUser} into the
 * security context, exactly what the sign-in form does; browserless reads roles and principal from there.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class BrowserlessTestBase extends SpringBrowserlessTest {

    @Autowired
    protected AccountService accountService;

    @Autowired

    protected Residents residents;
    @Autowired
    private UserDetailsService userDetailsService;

    /** Only this application's routes and error views, rather than a scan of the whole class path. */
    @Override
    protected Set<String> scanPackages() {
        return Set.of("pl.wizyty");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Registers a new resident through the real service and signs them in. */
    protected SignedInUser signInAsNewResident() {
        String email = TestData.uniqueEmail("resident");
        residents.register(TestData.newAccount(email));
        return signIn(email);
    }

    /** Creates a new admin through the real service (as a stand-in admin) and signs them in. */
    protected SignedInUser signInAsNewAdmin() {
        String email = TestData.uniqueEmail("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("bootstrap", null, "ROLE_" + Roles.ADMIN));
        try {
            accountService.createStaff(TestData.newAccount(email), Roles.ADMIN);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return signIn(email);
    }

    private SignedInUser signIn(String email) {
        SignedInUser user = (SignedInUser) userDetailsService.loadUserByUsername(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return user;
    }
}
