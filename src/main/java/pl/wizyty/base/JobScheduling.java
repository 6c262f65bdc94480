package pl.wizyty.base;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one db-scheduler of the application, over its own database (table {@code scheduled_tasks}), running every
 * {@link Task} bean; recurring tasks are scheduled at start. With several instances on one database each run of a
 * task happens on one of them. It starts after every other bean and stops first.
 *
 * <p>Built here rather than by db-scheduler's Spring Boot starter: the starter's auto-configuration (16.7.1) orders
 * itself after Spring Boot 3's {@code DataSourceAutoConfiguration}, which Spring Boot 4 moved, so its "a DataSource
 * exists" condition is checked too early and it silently creates no scheduler (found by deploy/local-cluster.sh:
 * no message was ever delivered). Tests switch it off with {@code db-scheduler.enabled=false} and deliver by hand.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "db-scheduler.enabled", havingValue = "true", matchIfMissing = true)
public class JobScheduling {

    private static final Logger log = LoggerFactory.getLogger(JobScheduling.class);

    @Bean
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks) {
        List<RecurringTask<?>> recurring = tasks.stream().filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(task -> (RecurringTask<?>) task).toList();
        List<Task<?>> others = tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
        log.info("Jobs: {} recurring and {} other task(s)", recurring.size(), others.size());
        return Scheduler.create(dataSource, others)
                .startTasks(recurring)
                .threads(2)
                .pollingInterval(Duration.ofSeconds(5))
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Starts the scheduler once every bean is ready (last of all) and stops it first when the application stops. */
    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
                log.info("Jobs: scheduler started");
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 100;
            }
        };
    }
}
