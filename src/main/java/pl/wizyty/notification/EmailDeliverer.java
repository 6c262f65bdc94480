package pl.wizyty.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring's {@link JavaMailSender}, set up with the standard {@code spring.mail.*} properties. Without
 * {@code spring.mail.host} there is no sender and messages are held for the admin page. Each message is plain text
 * and HTML with the same content, and the calendar part where there is one; its Message-ID is the outbox id, so a
 * second delivery after a crash is recognisable as the same message.
 */
@Component
class EmailDeliverer implements Deliverer {

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationProperties properties;

    EmailDeliverer(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public void deliver(Delivery message) throws MessagingException {
        JavaMailSender mail = sender.getObject();
        MimeMessage mime = mail instanceof JavaMailSenderImpl impl ? new StableIdMessage(impl.getSession(),
                "<outbox-" + message.id() + "@" + domainOf(properties.from()) + ">") : mail.createMimeMessage();
        try {
            mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.recipient(), true));
        } catch (AddressException malformed) {
            throw new DeliveryRefused("malformed address", malformed);
        }
        boolean multipart = message.html() != null || message.calendar() != null;
        MimeMessageHelper helper = new MimeMessageHelper(mime, multipart, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setSubject(message.subject());
        if (message.html() != null) {
            helper.setText(message.text(), message.html());
        } else {
            helper.setText(message.text());
        }
        if (message.calendar() != null) {
            helper.addAttachment("wizyta.ics", new ByteArrayResource(message.calendar()
                    .getBytes(StandardCharsets.UTF_8)), "text/calendar; charset=UTF-8; method="
                    + message.calendarMethod());
        }
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.setHeader("Content-Language", message.language());
        try {
            mail.send(mime);
        } catch (MailPreparationException broken) {
            throw new DeliveryRefused("message cannot be prepared", broken);
        }
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "wizyty" : address.substring(at + 1).replace(">", "");
    }

    /** Keeps the Message-ID it was given, where JavaMail would make a new one on every save. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
