package pl.wizyty.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Polish unless the person chose English. The choice lives in the HTTP session, so that both the page shell
 * ({@code <html lang>}) and every UI of the session read it; it is kept across visits only by the consent-aware
 * preference features.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    static final String SESSION_ATTRIBUTE = "wizyty.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            WrappedSession session = init.getUI().getSession().getSession();
            init.getUI().setLocale(chosen(session));
        });
        event.addIndexHtmlRequestListener(response -> {
            WrappedSession session = response.getVaadinRequest().getWrappedSession(false);
            response.getDocument().getElementsByTag("html").attr("lang", chosen(session).getLanguage());
        });
    }

    public static Locale chosen(WrappedSession session) {
        Object value = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return value instanceof Locale locale ? locale : TranslationProvider.POLISH;
    }

    public static void choose(WrappedSession session, Locale locale) {
        session.setAttribute(SESSION_ATTRIBUTE, TranslationProvider.supported(locale));
    }
}
