package pl.wizyty.account;

/**
 * Which messages about their visits a resident receives (Moje konto), per channel. The booking confirmation by
 * e-mail is always sent: it is the resident's record of the booking, so it has no choice here. Texts go out only to
 * a resident who also opted in to SMS with a number.
 */
public record MessageChoices(boolean emailMoved, boolean emailCancelled, boolean emailReminder, boolean smsBooked,
        boolean smsMoved, boolean smsCancelled, boolean smsReminder) {

    /** Everything, as a new account starts. */
    public static MessageChoices all() {
        return new MessageChoices(true, true, true, true, true, true, true);
    }
}
