package pl.wizyty.notification;

/**
 * Where a message stands. PENDING waits for its next attempt; HELD was kept because no mail server is configured
 * (the admin page shows it, and "Wyślij ponownie" queues it again); WITHDRAWN is a reminder of a visit that was
 * cancelled; FAILED gave up after the delivery window.
 */
public enum MessageStatus {
    PENDING, SENT, FAILED, HELD, WITHDRAWN
}
