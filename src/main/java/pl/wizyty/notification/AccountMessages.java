package pl.wizyty.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import pl.wizyty.account.EmailConfirmationRequested;
import pl.wizyty.account.PasswordResetRequested;
import pl.wizyty.account.RegistrationAttempted;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.base.MunicipalityProperties;
import pl.wizyty.base.Routes;
import pl.wizyty.base.TranslationProvider;

/**
 * The account e-mails, written into the outbox in the transaction that stored the token (or saw the attempt). A link
 * opens a page with a form or a button; opening it changes nothing (mail scanners follow links), only the button
 * does.
 */
@Component
class AccountMessages {

    private final OutboxRepository outbox;
    private final TranslationProvider translations;
    private final NotificationProperties properties;
    private final MunicipalityProperties municipality;
    private final Clock clock;

    AccountMessages(OutboxRepository outbox, TranslationProvider translations, NotificationProperties properties,
            MunicipalityProperties municipality, Clock clock) {
        this.outbox = outbox;
        this.translations = translations;
        this.properties = properties;
        this.municipality = municipality;
        this.clock = clock;
    }

    @EventListener
    void on(PasswordResetRequested request) {
        Locale language = request.language();
        write(MessageKind.PASSWORD_RESET, request.email(), request.accountId(), language,
                text(language, "notification.passwordReset.subject", municipality.portalName()),
                text(language, "notification.passwordReset.intro"),
                properties.link(Routes.NEW_PASSWORD + "?token=" + request.token()),
                text(language, "notification.passwordReset.validity",
                        DateTimeTexts.time(request.validUntil())),
                text(language, "notification.passwordReset.ignore"));
    }

    @EventListener
    void on(EmailConfirmationRequested request) {
        Locale language = request.language();
        write(MessageKind.EMAIL_CONFIRMATION, request.email(), request.accountId(), language,
                text(language, "notification.confirmation.subject", municipality.portalName()),
                text(language, "notification.confirmation.intro"),
                properties.link(Routes.CONFIRM_EMAIL + "?token=" + request.token()),
                text(language, "notification.confirmation.validity",
                        DateTimeTexts.date(request.validUntil(), language),
                        DateTimeTexts.time(request.validUntil())),
                text(language, "notification.confirmation.ignore"));
    }

    @EventListener
    void on(RegistrationAttempted attempt) {
        Locale language = attempt.language();
        write(MessageKind.REGISTRATION_ATTEMPT, attempt.email(), attempt.accountId(), language,
                text(language, "notification.registrationAttempt.subject", municipality.portalName()),
                text(language, "notification.registrationAttempt.intro"),
                properties.link(Routes.LOGIN),
                text(language, "notification.registrationAttempt.forgotten",
                        properties.link(Routes.FORGOT_PASSWORD)),
                text(language, "notification.registrationAttempt.ignore"));
    }

    /** Greeting, the intro with its link on the next line, the closing paragraphs, the footer: as text and HTML. */
    private void write(MessageKind kind, String recipient, long accountId, Locale language, String subject,
            String intro, String link, String... closing) {
        String greeting = text(language, "notification.greeting");
        String footer = text(language, "notification.footer", municipality.portalName());
        StringBuilder plain = new StringBuilder(greeting).append("\n\n").append(intro).append('\n').append(link)
                .append("\n\n");
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : closing) {
            plain.append(paragraph).append('\n');
            paragraphs.add("<p>" + escape(paragraph) + "</p>");
        }
        plain.append("\n-- \n").append(footer).append('\n');
        String html = "<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">"
                + "\n<title>" + escape(subject) + "</title>\n</head>\n<body>\n<p>" + escape(greeting) + "</p>\n<p>"
                + escape(intro) + "<br>\n<a href=\"" + escape(link) + "\">" + escape(link) + "</a></p>\n"
                + String.join("\n", paragraphs) + "\n<hr>\n<p><small>" + escape(footer)
                + "</small></p>\n</body>\n</html>\n";
        Instant now = clock.instant();
        outbox.save(new OutboxMessage(Channel.EMAIL, kind, recipient, language.getLanguage(), accountId, null,
                new OutboxMessage.Content(subject, plain.toString(), html, null, null), now, now));
    }

    private String text(Locale language, String key, Object... params) {
        return translations.getTranslation(key, language, params);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
