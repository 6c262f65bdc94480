package pl.wizyty.account;

/**
 * A resident's choice about texts (SMS) about their visits.
 *
 * @param optedIn whether they asked for texts
 * @param phone   the number texts go to, as people read it ({@code +48 600 100 200}); when not opted in, the account's
 *                contact phone if it is a Polish mobile number, as a suggestion; otherwise null
 * @param offered whether this town hall sends texts at all ({@code wizyty.sms.enabled}); the choice is kept either way
 */
public record SmsSettings(boolean optedIn, String phone, boolean offered) {
}
