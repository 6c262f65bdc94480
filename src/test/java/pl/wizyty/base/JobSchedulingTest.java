package pl.wizyty.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's scheduler really runs its recurring tasks (db-scheduler's own Spring Boot starter silently runs
 * nothing on Spring Boot 4), and {@code db-scheduler.enabled=false} switches it off.
 */
class JobSchedulingTest {

    static final CountDownLatch RAN = new CountDownLatch(2);

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(JobScheduling.class, ATask.class);

    @Test
    void a_recurring_task_runs_on_its_schedule() throws Exception {
        context.run(started -> {
            assertThat(started).hasSingleBean(Scheduler.class);
            assertThat(RAN.await(30, TimeUnit.SECONDS)).as("the task ran twice").isTrue();
        });
    }

    @Test
    void it_can_be_switched_off() {
        context.withPropertyValues("db-scheduler.enabled=false")
                .run(started -> assertThat(started).doesNotHaveBean(Scheduler.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class ATask {

        @Bean
        DataSource dataSource() {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:jobs-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
            new JdbcTemplate(h2).execute("""
                    create table scheduled_tasks (task_name varchar(250) not null,
                        task_instance varchar(250) not null, task_data bytea,
                        execution_time timestamp with time zone not null, picked boolean not null,
                        picked_by varchar(50), last_success timestamp with time zone,
                        last_failure timestamp with time zone, consecutive_failures integer,
                        last_heartbeat timestamp with time zone, version bigint not null, priority smallint,
                        primary key (task_name, task_instance))""");
            return h2;
        }

        @Bean
        RecurringTask<Void> counting() {
            return Tasks.recurring("counting", FixedDelay.ofSeconds(1))
                    .execute((instance, execution) -> RAN.countDown());
        }
    }
}
