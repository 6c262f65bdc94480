package pl.wizyty.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.wizyty.account.AccountDirectory;
import pl.wizyty.visit.Actor;
import pl.wizyty.visit.VisitChanged;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitFacts;

/**
 * Puts the messages about a visit into the outbox when it changes. It runs inside the transaction of the change
 * (the event is published there, and this listener is synchronous), so the message is stored exactly when the change
 * is: never a message about a booking that rolled back, never a booking without its message. It also plans the
 * visit's one reminder: at the new time when the visit moves, withdrawn when it is cancelled.
 */
@Component
class VisitMessages {

    static final String REMINDER_KEY = "reminder:visit:";

    private final OutboxRepository outbox;
    private final VisitFacts visits;
    private final AccountDirectory accounts;
    private final VisitMessageWriter writer;
    private final NotificationProperties properties;
    private final Clock clock;

    VisitMessages(OutboxRepository outbox, VisitFacts visits, AccountDirectory accounts, VisitMessageWriter writer,
            NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.visits = visits;
        this.accounts = accounts;
        this.writer = writer;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(VisitChanged change) {
        if (change instanceof VisitChanged.AttendanceRecorded) {
            return;
        }
        VisitDetails visit = visits.of(change.visitId()).orElseThrow();
        Locale language = accounts.language(change.residentId());
        Instant now = clock.instant();
        VisitMessageWriter.Occasion occasion = switch (change) {
            case VisitChanged.VisitBooked booked -> new VisitMessageWriter.Occasion(MessageKind.VISIT_BOOKED, null,
                    null);
            case VisitChanged.VisitMoved moved -> new VisitMessageWriter.Occasion(MessageKind.VISIT_MOVED,
                    moved.from(), null);
            case VisitChanged.VisitCancelled cancelled -> new VisitMessageWriter.Occasion(
                    MessageKind.VISIT_CANCELLED, null,
                    cancelled.by().kind() == Actor.OFFICE ? cancelled.reason() : null);
            case VisitChanged.AttendanceRecorded attendance -> throw new IllegalStateException("handled above");
        };
        outbox.save(new OutboxMessage(Channel.EMAIL, occasion.kind(), visit.contactEmail(),
                language.getLanguage(), change.residentId(), visit.id(),
                writer.write(visit, occasion, language, now), now, now));
        planReminder(visit, change, language, now);
    }

    /** One reminder per visit, before its current start; none for a cancelled visit or one that starts too soon. */
    private void planReminder(VisitDetails visit, VisitChanged change, Locale language, Instant now) {
        Optional<OutboxMessage> planned = outbox.findByDedupKey(REMINDER_KEY + visit.id());
        Instant due = visit.startsAt().minus(properties.reminderBefore());
        if (change instanceof VisitChanged.VisitCancelled || !due.isAfter(now)) {
            planned.ifPresent(OutboxMessage::withdraw);
            return;
        }
        OutboxMessage.Content content = writer.write(visit,
                new VisitMessageWriter.Occasion(MessageKind.VISIT_REMINDER, null, null), language, now);
        if (planned.isPresent()) {
            planned.get().replan(content, due);
        } else {
            outbox.save(new OutboxMessage(Channel.EMAIL, MessageKind.VISIT_REMINDER, visit.contactEmail(),
                    language.getLanguage(), change.residentId(), visit.id(), content, now, due)
                    .withDedupKey(REMINDER_KEY + visit.id()));
        }
    }
}
