package pl.wizyty.notification;

/**
 * Sends messages of one channel. The outbox finds the deliverer of a message's channel among the beans; the SMS
 * gateway adds one for {@link Channel#SMS}. A message whose channel has no configured deliverer is held, not lost.
 */
public interface Deliverer {

    Channel channel();

    /** False when the channel is not set up (no mail server): messages are then kept for the admin page. */
    boolean configured();

    /**
     * Sends the message once, or throws. {@link DeliveryRefused} means trying again cannot help (a malformed
     * address); any other exception is retried with backoff.
     */
    void deliver(Delivery message) throws Exception;

    /** The receiver refused the message for good; it is marked failed at once. */
    class DeliveryRefused extends RuntimeException {

        public DeliveryRefused(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
