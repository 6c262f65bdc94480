package pl.wizyty.notification;

import org.springframework.stereotype.Component;
import pl.wizyty.notification.sms.SmsGateway;
import pl.wizyty.notification.sms.SmsResult;

/**
 * Texts through the {@link SmsGateway}: a text the provider took is sent; a failure the gateway calls retryable is
 * retried by the outbox with its backoff; any other is final at once (a wrong number will not get better).
 */
@Component
class SmsDeliverer implements Deliverer {

    private final SmsGateway gateway;

    SmsDeliverer(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean configured() {
        return gateway.configured();
    }

    @Override
    public void deliver(Delivery message) {
        SmsResult result = gateway.send(message.recipient(), message.text());
        switch (result) {
            case SmsResult.Sent sent -> {
                // the provider took it
            }
            case SmsResult.RetryableFailure failure -> throw new SmsNotSentYet(failure.reason());
            case SmsResult.PermanentFailure failure -> throw new DeliveryRefused(failure.reason(), null);
            case SmsResult.NotConfigured none -> throw new SmsNotSentYet("no SMS gateway configured");
        }
    }

    /** A failure that may pass: the outbox tries again later. */
    static final class SmsNotSentYet extends RuntimeException {

        SmsNotSentYet(String reason) {
            super(reason);
        }
    }
}
