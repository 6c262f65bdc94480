package pl.wizyty.account;

/** A resident as the desk finds them: enough to tell two people apart on the phone. */
public record ResidentCard(long id, String fullName, String email, String phone) {

    static ResidentCard of(UserAccount account) {
        return new ResidentCard(account.getId(), account.getFullName(), account.getEmail(), account.getPhone());
    }
}
