package pl.wizyty;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import pl.wizyty.account.AccountService;
import pl.wizyty.account.EmailConfirmationService;
import pl.wizyty.account.NewAccount;
import pl.wizyty.account.StaffMember;
import pl.wizyty.account.StaffService;
import pl.wizyty.security.Roles;
import pl.wizyty.security.SignedInUser;

/** Creates real resident accounts for tests and gives their signed-in principal. */
@Component
public class Residents {

    private final AccountService accounts;
    private final StaffService staffService;
    private final EmailConfirmationService confirmations;
    private final JdbcTemplate jdbc;

    Residents(AccountService accounts, StaffService staffService, EmailConfirmationService confirmations,
            JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.staffService = staffService;
        this.confirmations = confirmations;
        this.jdbc = jdbc;
    }

    /**
     * Registers as a person does and confirms the address with the link of the e-mail in the outbox; returns the
     * account's id. The confirmation e-mail counts as delivered (the person read it), so that mail tests see only
     * their own messages.
     */
    public long register(NewAccount form) {
        accounts.register(form);
        confirmations.confirm(ConfirmationLinks.confirmationToken(jdbc, form.getEmail()), form.getPassword());
        jdbc.update("update outbox_message set status = 'SENT' where recipient = ? and kind = 'EMAIL_CONFIRMATION'",
                form.getEmail().strip().toLowerCase(Locale.ROOT));
        return accounts.profileByEmail(form.getEmail()).orElseThrow().id();
    }

    public SignedInUser create(String name) {
        return create(name, Locale.of("pl"));
    }

    /** A resident who registered in the given language, so the portal's e-mails to them are in it. */
    public SignedInUser create(String name, Locale language) {
        String email = TestData.uniqueEmail(name);
        NewAccount form = TestData.newAccount(email);
        form.setLanguage(language);
        long id = register(form);
        return new SignedInUser(id, email, "Zofia Testowa", Roles.RESIDENT, "", true);
    }

    /** A real clerk account, created the way an admin creates one, working for the given offices. */
    public SignedInUser clerk(String name, long... officeIds) {
        SignedInUser clerk = staff(name, Roles.CLERK, "Urzędnik Testowy");
        if (officeIds.length > 0) {
            TestSecurity.as(admin(name + "-admin"), () -> {
                StaffMember member = staffService.member(clerk.accountId());
                staffService.update(new StaffMember(member.id(), member.version(), member.email(),
                        member.firstName(), member.lastName(), member.phone(), member.role(), true, false,
                        Arrays.stream(officeIds).boxed().collect(Collectors.toSet())));
                return null;
            });
        }
        return clerk;
    }

    /** A real admin account, created the way an admin creates one. */
    public SignedInUser admin(String name) {
        return staff(name, Roles.ADMIN, "Administrator Testowy");
    }

    private SignedInUser staff(String name, String role, String displayName) {
        String email = TestData.uniqueEmail(name);
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("bootstrap", null, "ROLE_" + Roles.ADMIN));
        try {
            long id = accounts.createStaff(TestData.newAccount(email), role);
            return new SignedInUser(id, email, displayName, role, "", true);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
