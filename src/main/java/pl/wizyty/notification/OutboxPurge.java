package pl.wizyty.notification;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Privacy: after the retention period ({@code wizyty.notification.retention}, 30 days) a message keeps who it went
 * to, when and its status, but no longer what it said. Pending messages are never purged.
 */
@Component
class OutboxPurge {

    private final OutboxRepository outbox;
    private final NotificationProperties properties;
    private final Clock clock;

    OutboxPurge(OutboxRepository outbox, NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** Purges the bodies older than the retention period; returns how many. */
    @Transactional
    public int purge() {
        Instant now = clock.instant();
        return outbox.purgeBodies(now.minus(properties.retention()), now);
    }
}
