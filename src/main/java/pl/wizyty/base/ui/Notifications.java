package pl.wizyty.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages that screen readers announce (Vaadin's notification card is a live region). */
public final class Notifications {

    private static final int DURATION_MS = 8000;

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification notification = Notification.show(text, DURATION_MS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    public static Notification error(String text) {
        Notification notification = Notification.show(text, DURATION_MS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setAssertive(true);
        return notification;
    }
}
