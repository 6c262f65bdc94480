package pl.wizyty.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import pl.wizyty.audit.AuditAction;
import pl.wizyty.audit.AuditLog;
import pl.wizyty.security.SignedInUser;

/** Signing out is audited; the security configuration runs every {@link LogoutHandler} bean on sign-out. */
@Component
class SignOutAudit implements LogoutHandler {

    private final AuditLog audit;

    SignOutAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            audit.recordAs(user.accountId(), AuditAction.SIGN_OUT, SignInRecords.SUBJECT, user.accountId(), null);
        }
    }
}
