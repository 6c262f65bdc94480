package pl.wizyty.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The test SMTP server (GreenMail, on the port the test profile gives spring.mail) and reading what it received. */
final class Mailbox {

    static final int PORT = 3925;

    private Mailbox() {
    }

    static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** The messages received for one address. */
    static List<Mail> to(GreenMailExtension server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> addressedTo(message, address))
                .map(Mail::read).toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One received e-mail, its parts decoded. */
    record Mail(String subject, String messageId, String text, String html, String calendar,
            String calendarContentType) {

        static Mail read(MimeMessage message) {
            try {
                List<Part> parts = new ArrayList<>();
                collect(message, parts);
                String text = null;
                String html = null;
                String calendar = null;
                String calendarType = null;
                for (Part part : parts) {
                    String type = part.getContentType().toLowerCase(Locale.ROOT);
                    if (type.startsWith("text/plain")) {
                        text = content(part);
                    } else if (type.startsWith("text/html")) {
                        html = content(part);
                    } else if (type.startsWith("text/calendar")) {
                        calendar = content(part);
                        calendarType = type;
                    }
                }
                return new Mail(message.getSubject(), message.getMessageID(), text, html, calendar, calendarType);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static void collect(Part part, List<Part> into) throws Exception {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, into);
                }
            } else {
                into.add(part);
            }
        }

        private static String content(Part part) throws Exception {
            Object content = part.getContent();
            if (content instanceof String string) {
                return string;
            }
            try (InputStream in = (InputStream) content) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (ClassCastException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
