package pl.wizyty.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.wizyty.account.AccountDirectory;
import pl.wizyty.account.MessageChoices;
import pl.wizyty.account.SmsSettingsService;
import pl.wizyty.base.TimeConfiguration;
import pl.wizyty.notification.sms.VisitSms;
import pl.wizyty.visit.Actor;
import pl.wizyty.visit.VisitChanged;
import pl.wizyty.visit.VisitDetails;
import pl.wizyty.visit.VisitFacts;

/**
 * Puts the messages about a visit into the outbox when it changes. It runs inside the transaction of the change
 * (the event is published there, and this listener is synchronous), so the message is stored exactly when the change
 * is: never a message about a booking that rolled back, never a booking without its message. It also plans the
 * visit's one reminder: at the new time when the visit moves, withdrawn when it is cancelled. A resident who opted in
 * to texts (Moje konto) also gets each of these as one SMS, when the town hall has an SMS gateway. Each message goes
 * out only if the resident wants it (Moje konto), except the booking confirmation by e-mail, which always does.
 */
@Component
class VisitMessages {

    static final String REMINDER_KEY = "reminder:visit:";
    static final String SMS_REMINDER_KEY = "reminder:visit:sms:";

    private final OutboxRepository outbox;
    private final VisitFacts visits;
    private final AccountDirectory accounts;
    private final VisitMessageWriter writer;
    private final NotificationProperties properties;
    private final SmsSettingsService smsSettings;
    private final SmsDeliverer sms;
    private final VisitSms smsTexts;
    private final Clock clock;

    VisitMessages(OutboxRepository outbox, VisitFacts visits, AccountDirectory accounts, VisitMessageWriter writer,
            NotificationProperties properties, SmsSettingsService smsSettings, SmsDeliverer sms, VisitSms smsTexts,
            Clock clock) {
        this.outbox = outbox;
        this.visits = visits;
        this.accounts = accounts;
        this.writer = writer;
        this.properties = properties;
        this.smsSettings = smsSettings;
        this.sms = sms;
        this.smsTexts = smsTexts;
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
        OutboxMessage.Content mail = writer.write(visit, occasion, language, now);
        MessageChoices wanted = accounts.messageChoices(change.residentId());
        // A visit the office booked for a caller who gave only a phone number has no e-mail to write to.
        Optional<String> email = Optional.ofNullable(visit.contactEmail()).filter(address -> !address.isBlank());
        Optional<String> phone = sms.configured() ? smsSettings.smsRecipient(change.residentId()) : Optional.empty();
        email.filter(address -> wants(wanted, Channel.EMAIL, occasion.kind()))
                .ifPresent(address -> outbox.save(new OutboxMessage(Channel.EMAIL, occasion.kind(), address,
                        language.getLanguage(), change.residentId(), visit.id(), mail, now, now)));
        phone.filter(number -> wants(wanted, Channel.SMS, occasion.kind()))
                .ifPresent(number -> outbox.save(new OutboxMessage(Channel.SMS, occasion.kind(), number,
                        language.getLanguage(), change.residentId(), visit.id(),
                        smsContent(visit, occasion.kind(), mail.subject(), language), now, now)));

        // The reminders' texts are written only when a reminder is (re)planned: not for a cancellation, nor for a
        // channel without a recipient.
        Supplier<OutboxMessage.Content> reminderMail = memoized(() -> writer.write(visit,
                new VisitMessageWriter.Occasion(MessageKind.VISIT_REMINDER, null, null), language, now));
        planReminder(REMINDER_KEY, Channel.EMAIL,
                email.filter(address -> wants(wanted, Channel.EMAIL, MessageKind.VISIT_REMINDER)), reminderMail,
                visit, change, language, now);
        planReminder(SMS_REMINDER_KEY, Channel.SMS,
                phone.filter(number -> wants(wanted, Channel.SMS, MessageKind.VISIT_REMINDER)),
                () -> smsContent(visit, MessageKind.VISIT_REMINDER, reminderMail.get().subject(), language), visit,
                change, language, now);
    }

    private static <T> Supplier<T> memoized(Supplier<T> computation) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = computation.get();
            }
            @SuppressWarnings("unchecked")
            T computed = (T) value[0];
            return computed;
        };
    }

    /** The resident's choice (Moje konto); the booking confirmation by e-mail is always sent. */
    static boolean wants(MessageChoices choices, Channel channel, MessageKind kind) {
        boolean email = channel == Channel.EMAIL;
        return switch (kind) {
            case VISIT_BOOKED -> email || choices.smsBooked();
            case VISIT_MOVED -> email ? choices.emailMoved() : choices.smsMoved();
            case VISIT_CANCELLED -> email ? choices.emailCancelled() : choices.smsCancelled();
            case VISIT_REMINDER -> email ? choices.emailReminder() : choices.smsReminder();
            default -> true;
        };
    }

    /** The text's one SMS; the e-mail's subject names it in the admins' message list. */
    private OutboxMessage.Content smsContent(VisitDetails visit, MessageKind kind, String subject, Locale language) {
        VisitSms.Kind smsKind = switch (kind) {
            case VISIT_BOOKED -> VisitSms.Kind.CONFIRMATION;
            case VISIT_MOVED -> VisitSms.Kind.RESCHEDULED;
            case VISIT_CANCELLED -> VisitSms.Kind.CANCELLED;
            case VISIT_REMINDER -> VisitSms.Kind.REMINDER;
            default -> throw new IllegalArgumentException("No text about a visit for " + kind);
        };
        var start = visit.startsAt().atZone(TimeConfiguration.ZONE);
        String text = smsTexts.text(smsKind, new VisitSms.Parts(visit.bookingNumber(), start.toLocalDate(),
                start.toLocalTime(), visit.office().name(language)), language);
        return new OutboxMessage.Content(subject, text, null, null, null);
    }

    /**
     * One reminder per visit and channel, before its current start, to the current address; withdrawn for a
     * cancelled visit, one that starts too soon, or when there is no address (any more) on that channel.
     */
    private void planReminder(String key, Channel channel, Optional<String> recipient,
            Supplier<OutboxMessage.Content> content, VisitDetails visit, VisitChanged change, Locale language,
            Instant now) {
        // A visit just booked has no reminder yet: no need to look for one.
        Optional<OutboxMessage> planned = change instanceof VisitChanged.VisitBooked ? Optional.empty()
                : outbox.findByDedupKey(key + visit.id());
        Instant due = visit.startsAt().minus(properties.reminderBefore());
        if (recipient.isEmpty() || change instanceof VisitChanged.VisitCancelled || !due.isAfter(now)) {
            planned.ifPresent(OutboxMessage::withdraw);
            return;
        }
        if (planned.isPresent()) {
            planned.get().replan(recipient.get(), content.get(), due);
        } else {
            outbox.save(new OutboxMessage(channel, MessageKind.VISIT_REMINDER, recipient.get(),
                    language.getLanguage(), change.residentId(), visit.id(), content.get(), now, due)
                    .withDedupKey(key + visit.id()));
        }
    }
}
