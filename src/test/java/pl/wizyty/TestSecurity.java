package pl.wizyty;

import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import pl.wizyty.security.SignedInUser;

/** Runs code as a signed-in person, on the current thread only. */
public final class TestSecurity {

    private TestSecurity() {
    }

    public static void signIn(SignedInUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs the action as the user, then puts back whoever was signed in before (if anyone). */
    public static <T> T as(SignedInUser user, Callable<T> action) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        signIn(user);
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (before == null) {
                signOut();
            } else {
                SecurityContextHolder.getContext().setAuthentication(before);
            }
        }
    }
}
