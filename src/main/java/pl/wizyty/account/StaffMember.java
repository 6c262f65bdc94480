package pl.wizyty.account;

import java.util.Set;

/** A staff account as the admin screen shows and edits it. */
public record StaffMember(long id, long version, String email, String firstName, String lastName, String phone,
        String role, boolean enabled, boolean locked, Set<Long> officeIds) {

    static StaffMember of(UserAccount account) {
        return new StaffMember(account.getId(), account.getVersion(), account.getEmail(), account.getFirstName(),
                account.getLastName(), account.getPhone(), account.getRole(), account.isEnabled(),
                account.isLocked(), account.getOfficeIds());
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
