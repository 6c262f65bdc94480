package pl.wizyty.account;

/** What a clerk records for a caller or a walk-in: a name plus a phone or an e-mail. */
public record NewResident(String firstName, String lastName, String email, String phone) {
}
