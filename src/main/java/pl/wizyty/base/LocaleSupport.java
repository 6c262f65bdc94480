package pl.wizyty.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The UI's language: the person's explicit choice if they made one in this session, otherwise the first language
 * of their browser's {@code Accept-Language} that the portal speaks, otherwise Polish. The choice lives in the HTTP
 * session, so that both the page shell ({@code <html lang>}) and every UI of the session read it; it is kept across
 * visits only by the consent-aware preference features.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    static final String SESSION_ATTRIBUTE = "wizyty.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(chosen(VaadinRequest.getCurrent(),
                init.getUI().getSession().getSession())));
        event.addIndexHtmlRequestListener(response -> {
            VaadinRequest request = response.getVaadinRequest();
            response.getDocument().getElementsByTag("html")
                    .attr("lang", chosen(request, request.getWrappedSession(false)).getLanguage());
        });
    }

    /** The explicit choice of this session, or the browser's language when there is none. */
    public static Locale chosen(VaadinRequest request, WrappedSession session) {
        Object value = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        if (value instanceof Locale locale) {
            return locale;
        }
        // Without the header the servlet container would answer with its own default locale, not the person's.
        return request == null || request.getHeader("Accept-Language") == null ? TranslationProvider.POLISH
                : fromBrowser(Collections.list(request.getLocales()));
    }

    /** The explicit choice of this session; Polish when none was made. */
    public static Locale chosen(WrappedSession session) {
        return chosen(null, session);
    }

    /** The first of the browser's languages, in its order of preference, that the portal speaks. */
    static Locale fromBrowser(List<Locale> preferred) {
        return preferred.stream().map(Locale::getLanguage)
                .filter(language -> language.equals(TranslationProvider.POLISH.getLanguage())
                        || language.equals(TranslationProvider.ENGLISH.getLanguage()))
                .findFirst().map(language -> TranslationProvider.supported(Locale.of(language)))
                .orElse(TranslationProvider.POLISH);
    }

    public static void choose(WrappedSession session, Locale locale) {
        session.setAttribute(SESSION_ATTRIBUTE, TranslationProvider.supported(locale));
    }
}
