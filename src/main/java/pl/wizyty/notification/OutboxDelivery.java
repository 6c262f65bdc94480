package pl.wizyty.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import pl.wizyty.base.SeparateTransactions;

/**
 * Sends what is due in the outbox. Each message is first claimed by one UPDATE (so with two instances on one
 * database only one sends it), then sent outside any transaction, then its outcome is recorded. A worker that dies
 * between sending and recording leaves a claim that expires; the message is then sent again (at least once, never
 * lost), with the same Message-ID so mail clients can tell.
 */
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    static final String NO_DELIVERER = "not sent: no mail server configured";

    private final OutboxRepository outbox;
    private final SeparateTransactions transactions;
    private final Map<Channel, Deliverer> deliverers = new EnumMap<>(Channel.class);
    private final NotificationProperties properties;
    private final Clock clock;
    private final String worker;

    OutboxDelivery(OutboxRepository outbox, SeparateTransactions transactions, List<Deliverer> deliverers,
            NotificationProperties properties, Clock clock, String worker) {
        this.outbox = outbox;
        this.transactions = transactions;
        deliverers.forEach(deliverer -> this.deliverers.put(deliverer.channel(), deliverer));
        this.properties = properties;
        this.clock = clock;
        this.worker = worker + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Delivers due messages until none is left (or a batch was taken); returns how many this worker handled. */
    public int deliverDue() {
        int handled = 0;
        List<Long> due = transactions.inNew(() -> outbox.findDue(clock.instant(),
                PageRequest.of(0, properties.batchSize())));
        for (Long id : due) {
            if (deliverOne(id)) {
                handled++;
            }
        }
        return handled;
    }

    private boolean deliverOne(long id) {
        Instant now = clock.instant();
        Integer claimed = transactions.inNew(() -> outbox.claim(id, worker, now, now.plus(properties.claimFor())));
        if (claimed == null || claimed == 0) {
            return false;
        }
        Delivery message = transactions.inNew(() -> outbox.findById(id).map(OutboxMessage::toDelivery)).orElseThrow();
        Deliverer deliverer = deliverers.get(message.channel());
        if (deliverer == null || !deliverer.configured()) {
            record(id, found -> found.held(NO_DELIVERER));
            log.info("Message {} held by {} (no {} channel configured)", id, worker, message.channel());
            return true;
        }
        try {
            deliverer.deliver(message);
            record(id, found -> found.sent(clock.instant()));
            log.info("Message {} sent by {}", id, worker);
        } catch (Exception failure) {
            String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            log.warn("Message {} not delivered ({})", id, failure.getClass().getSimpleName());
            boolean permanent = failure instanceof Deliverer.DeliveryRefused;
            record(id, found -> {
                Instant at = clock.instant();
                found.attemptFailed(error, at, at.plus(properties.backoff(found.getAttempts() + 1)),
                        found.getDueAt().plus(properties.giveUpAfter()), permanent);
            });
        }
        return true;
    }

    /** Records the outcome, unless the claim expired and another worker has taken the message over meanwhile. */
    private void record(long id, java.util.function.Consumer<OutboxMessage> outcome) {
        transactions.inNew(() -> {
            Optional<OutboxMessage> found = outbox.findById(id);
            found.filter(message -> message.getStatus() == MessageStatus.PENDING && message.isClaimedBy(worker))
                    .ifPresent(outcome);
            return null;
        });
    }
}
