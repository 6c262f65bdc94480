package pl.wizyty.notification;

/** How a message reaches a person. Each channel has one {@link Deliverer}; SMS plugs in beside e-mail. */
public enum Channel {
    EMAIL, SMS
}
