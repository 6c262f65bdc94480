package pl.wizyty.notification;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wizyty.base.SeparateTransactions;

/**
 * The two db-scheduler tasks of notifications: delivery of due messages every few seconds, and the daily purge of
 * old bodies. db-scheduler keeps their schedule in the application's database, so with two instances each run
 * happens on one of them; the outbox's own claim makes delivery safe even if two ran at once.
 *
 * <p>The scheduler is built here rather than by the starter's auto-configuration, which does not activate under
 * Spring Boot 4 (it orders itself after Boot 3's DataSourceAutoConfiguration, which moved). It starts once the
 * context is up (after Flyway created {@code scheduled_tasks}) and stops before the database goes;
 * {@code db-scheduler.enabled=false} (the tests) leaves it out.
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
    @ConditionalOnProperty(name = "db-scheduler.enabled", havingValue = "true", matchIfMissing = true)
    Scheduler notificationScheduler(DataSource dataSource, RecurringTask<Void> outboxDeliveryTask,
            RecurringTask<Void> outboxPurgeTask, NotificationProperties properties) {
        return Scheduler.create(dataSource).startTasks(outboxDeliveryTask, outboxPurgeTask).threads(2)
                .pollingInterval(properties.pollInterval()).build();
    }

    @Bean
    @ConditionalOnProperty(name = "db-scheduler.enabled", havingValue = "true", matchIfMissing = true)
    SmartLifecycle notificationSchedulerLifecycle(Scheduler notificationScheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                notificationScheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                notificationScheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }

    @Bean
    RecurringTask<Void> outboxPurgeTask(OutboxPurge purge) {
        return Tasks.recurring("outbox-purge", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> purge.purge());
    }
}
