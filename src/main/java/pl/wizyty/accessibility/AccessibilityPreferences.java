package pl.wizyty.accessibility;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a person wants the portal to look and behave. The page shows them as classes on the root {@code <html>}
 * element, which {@code accessibility.css} styles; {@link #ROOT_CLASSES} is the whole contract between the two.
 */
public record AccessibilityPreferences(TextSize textSize, boolean highContrast, boolean underlinedLinks,
        boolean moreSpacing, boolean reducedMotion, boolean readableFont) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final AccessibilityPreferences DEFAULTS =
            new AccessibilityPreferences(TextSize.NORMAL, false, false, false, false, false);

    private static final int MAX_ENCODED_LENGTH = 40;
    static final String HIGH_CONTRAST = "a11y-contrast";
    static final String UNDERLINED_LINKS = "a11y-underline";
    static final String MORE_SPACING = "a11y-spacing";
    static final String REDUCED_MOTION = "a11y-reduced-motion";
    static final String READABLE_FONT = "a11y-readable-font";
    static final String TEXT_SIZE_PREFIX = "a11y-text-";

    /** Every class this feature may put on the root element, so that a change can remove the ones no longer set. */
    public static final List<String> ROOT_CLASSES = List.of(HIGH_CONTRAST, UNDERLINED_LINKS, MORE_SPACING,
            REDUCED_MOTION, READABLE_FONT, TEXT_SIZE_PREFIX + TextSize.LARGE.percent(),
            TEXT_SIZE_PREFIX + TextSize.LARGER.percent(), TEXT_SIZE_PREFIX + TextSize.LARGEST.percent());

    public AccessibilityPreferences {
        Objects.requireNonNull(textSize);
    }

    public boolean isDefault() {
        return equals(DEFAULTS);
    }

    /** The classes for the root element; none for the defaults, so an untouched page is exactly as designed. */
    public List<String> rootClasses() {
        List<String> classes = new ArrayList<>();
        if (textSize != TextSize.NORMAL) {
            classes.add(TEXT_SIZE_PREFIX + textSize.percent());
        }
        add(classes, highContrast, HIGH_CONTRAST);
        add(classes, underlinedLinks, UNDERLINED_LINKS);
        add(classes, moreSpacing, MORE_SPACING);
        add(classes, reducedMotion, REDUCED_MOTION);
        add(classes, readableFont, READABLE_FONT);
        return classes;
    }

    private static void add(List<String> classes, boolean on, String name) {
        if (on) {
            classes.add(name);
        }
    }

    public AccessibilityPreferences withTextSize(TextSize size) {
        return new AccessibilityPreferences(size, highContrast, underlinedLinks, moreSpacing, reducedMotion,
                readableFont);
    }

    public AccessibilityPreferences withHighContrast(boolean on) {
        return new AccessibilityPreferences(textSize, on, underlinedLinks, moreSpacing, reducedMotion, readableFont);
    }

    public AccessibilityPreferences withUnderlinedLinks(boolean on) {
        return new AccessibilityPreferences(textSize, highContrast, on, moreSpacing, reducedMotion, readableFont);
    }

    public AccessibilityPreferences withMoreSpacing(boolean on) {
        return new AccessibilityPreferences(textSize, highContrast, underlinedLinks, on, reducedMotion, readableFont);
    }

    public AccessibilityPreferences withReducedMotion(boolean on) {
        return new AccessibilityPreferences(textSize, highContrast, underlinedLinks, moreSpacing, on, readableFont);
    }

    public AccessibilityPreferences withReadableFont(boolean on) {
        return new AccessibilityPreferences(textSize, highContrast, underlinedLinks, moreSpacing, reducedMotion, on);
    }

    /** A short text for a cookie, e.g. {@code "150.c.u"}: the text size, then a letter for each option that is on. */
    String encode() {
        StringBuilder value = new StringBuilder(String.valueOf(textSize.percent()));
        append(value, highContrast, "c");
        append(value, underlinedLinks, "u");
        append(value, moreSpacing, "s");
        append(value, reducedMotion, "m");
        append(value, readableFont, "f");
        return value.toString();
    }

    private static void append(StringBuilder value, boolean on, String letter) {
        if (on) {
            value.append('.').append(letter);
        }
    }

    /** Reads {@link #encode()}'s text; anything it does not understand counts as off, never as an error. */
    static AccessibilityPreferences decode(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_ENCODED_LENGTH) {
            return DEFAULTS;
        }
        List<String> parts = List.of(value.strip().split("\\."));
        TextSize size;
        try {
            size = TextSize.ofPercent(Integer.parseInt(parts.getFirst()));
        } catch (NumberFormatException e) {
            size = TextSize.NORMAL;
        }
        return new AccessibilityPreferences(size, parts.contains("c"), parts.contains("u"), parts.contains("s"),
                parts.contains("m"), parts.contains("f"));
    }
}
