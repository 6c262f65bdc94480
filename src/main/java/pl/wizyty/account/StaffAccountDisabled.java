package pl.wizyty.account;

/** Published when an admin disables a staff account or gives it a new password: its open sessions must end. */
public record StaffAccountDisabled(long accountId) {
}
