package pl.wizyty.notification.sms;

/**
 * Sends one text to one phone number, once: the port the notification outbox calls. An adapter never retries by
 * itself; it says in its {@link SmsResult} whether trying again later may help, and the outbox retries with backoff.
 * It never throws for a failure of the provider or the network; it reports it.
 */
public interface SmsGateway {

    /**
     * @param phoneNumber a Polish mobile number as written (normalised here; anything else is a permanent failure)
     * @param text        the text as it is to be sent; see {@link SmsText} and {@link VisitSms} for texts that fit
     *                    one SMS
     */
    SmsResult send(String phoneNumber, String text);

    /** False while this town hall sends no SMS: the outbox then writes no text messages at all. */
    default boolean configured() {
        return true;
    }
}
