package pl.wizyty.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import pl.wizyty.account.PasswordResetRequested;
import pl.wizyty.base.DateTimeTexts;
import pl.wizyty.base.MunicipalityProperties;
import pl.wizyty.base.Routes;
import pl.wizyty.base.TranslationProvider;

/**
 * The account e-mails, written into the outbox in the transaction that stored the token. The link opens a page with
 * a form; opening it changes nothing (mail scanners follow links), only sending the form does.
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
        String link = properties.link(Routes.NEW_PASSWORD + "?token=" + request.token());
        String subject = text(language, "notification.passwordReset.subject", municipality.portalName());
        String intro = text(language, "notification.passwordReset.intro");
        String validity = text(language, "notification.passwordReset.validity",
                DateTimeTexts.time(request.validUntil()));
        String ignore = text(language, "notification.passwordReset.ignore");
        String footer = text(language, "notification.footer", municipality.portalName());
        String plain = text(language, "notification.greeting") + "\n\n" + intro + "\n" + link + "\n\n" + validity
                + "\n" + ignore + "\n\n-- \n" + footer + "\n";
        String html = "<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">"
                + "\n<title>" + escape(subject) + "</title>\n</head>\n<body>\n<p>"
                + escape(text(language, "notification.greeting")) + "</p>\n<p>" + escape(intro) + "<br>\n<a href=\""
                + escape(link) + "\">" + escape(link) + "</a></p>\n<p>" + escape(validity) + "</p>\n<p>"
                + escape(ignore) + "</p>\n<hr>\n<p><small>" + escape(footer) + "</small></p>\n</body>\n</html>\n";
        Instant now = clock.instant();
        outbox.save(new OutboxMessage(Channel.EMAIL, MessageKind.PASSWORD_RESET, request.email(),
                language.getLanguage(), request.accountId(), null,
                new OutboxMessage.Content(subject, plain, html, null, null), now, now));
    }

    private String text(Locale language, String key, Object... params) {
        return translations.getTranslation(key, language, params);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
