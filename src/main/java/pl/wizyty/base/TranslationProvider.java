package pl.wizyty.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text a person reads comes from {@code messages.properties} (Polish, the default) and
 * {@code messages_en.properties}. A missing key shows as the key itself and is logged, never as an exception.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale POLISH = Locale.of("pl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(POLISH, ENGLISH);
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        if (!bundle.containsKey(key)) {
            log.warn("Missing translation key '{}' for locale {}", key, locale);
            return key;
        }
        String pattern = bundle.getString(key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
    }

    /** The supported locale closest to the given one; Polish when nothing matches. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : POLISH;
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            Locale target = supported(locale);
            return ResourceBundle.getBundle("messages", POLISH.equals(target) ? Locale.ROOT : target, NO_FALLBACK);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle("messages", Locale.ROOT, NO_FALLBACK);
        }
    }
}
