package pl.wizyty.base;

/**
 * The attributes of one person's HTTP session as a service sees them, so services stay free of UI types; a view
 * hands in its Vaadin session through {@code pl.wizyty.base.ui.SessionAttributesOf}.
 */
public interface SessionAttributes {

    Object get(String name);

    void set(String name, Object value);
}
