package pl.wizyty.notification;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wizyty.base.SeparateTransactions;

/**
 * The two db-scheduler tasks of notifications: delivery of due messages every few seconds, and the daily purge of
 * old bodies. db-scheduler keeps their schedule in the application's database, so with two instances each run
 * happens on one of them; the outbox's own claim makes delivery safe even if two ran at once.
 * The scheduler that runs them is {@link pl.wizyty.base.JobScheduling}.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    OutboxDelivery outboxDelivery(OutboxRepository outbox, SeparateTransactions transactions,
            List<Deliverer> deliverers, NotificationProperties properties, Clock clock) {
        return new OutboxDelivery(outbox, transactions, deliverers, properties, clock, "app");
    }

    @Bean
    RecurringTask<Void> outboxDeliveryTask(OutboxDelivery delivery, NotificationProperties properties) {
        return Tasks.recurring("outbox-delivery", FixedDelay.of(properties.pollInterval()))
                .execute((instance, context) -> delivery.deliverDue());
    }

    @Bean
    RecurringTask<Void> outboxPurgeTask(OutboxPurge purge) {
        return Tasks.recurring("outbox-purge", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> purge.purge());
    }
}
