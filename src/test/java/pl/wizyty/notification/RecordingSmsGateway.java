package pl.wizyty.notification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import pl.wizyty.notification.sms.SmsGateway;
import pl.wizyty.notification.sms.SmsResult;

/**
 * The SMS gateway of the test profile: it takes every text and keeps it, so a test reads what was texted to whom.
 * The HTTP adapter itself is tested against a local HTTP server in HttpSmsGatewayTest.
 */
public class RecordingSmsGateway implements SmsGateway {

    public record Text(String to, String text) {
    }

    private final List<Text> sent = new CopyOnWriteArrayList<>();
    private volatile SmsResult nextFailure;

    @Override
    public SmsResult send(String phoneNumber, String text) {
        SmsResult failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            return failure;
        }
        sent.add(new Text(phoneNumber, text));
        return new SmsResult.Sent("test-" + sent.size());
    }

    /** The texts sent to this number, oldest first. */
    public List<Text> to(String phoneNumber) {
        return sent.stream().filter(text -> text.to().equals(phoneNumber)).toList();
    }

    /** The next send answers with this instead of sending. */
    public void failNext(SmsResult failure) {
        nextFailure = failure;
    }
}
