package pl.wizyty.account;

/**
 * What other features may know of an account: enough to address a person and to contact them, and whether it may
 * sign in (enabled, not locked after failed sign-ins).
 */
public record AccountProfile(long id, String email, String firstName, String lastName, String phone, String role,
        boolean enabled, boolean locked) {

    static AccountProfile of(UserAccount account) {
        return new AccountProfile(account.getId(), account.getEmail(), account.getFirstName(), account.getLastName(),
                account.getPhone(), account.getRole(), account.isEnabled(), account.isLocked());
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
