package pl.wizyty.notification.sms;

/** The gateway while {@code wizyty.sms.enabled} is false: the application runs without an SMS provider. */
final class NotConfiguredSmsGateway implements SmsGateway {

    @Override
    public SmsResult send(String phoneNumber, String text) {
        return new SmsResult.NotConfigured();
    }

    @Override
    public boolean configured() {
        return false;
    }
}
