package pl.wizyty.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wizyty.IntegrationTest;
import pl.wizyty.MutableClock;
import pl.wizyty.TestData;
import pl.wizyty.base.SeparateTransactions;

/**
 * Delivery from the outbox: nothing is lost when the mail server is down, nothing is sent twice by two workers or
 * two db-scheduler instances on one database, failed attempts back off from 1 minute to 6 hours and give up after
 * 24 hours, and with no mail server the messages are kept for the admin page.
 */
@IntegrationTest
class OutboxDeliveryTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 7, 0);

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.server();

    @Autowired
    OutboxRepository outbox;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    SeparateTransactions transactions;
    @Autowired
    List<Deliverer> deliverers;
    @Autowired
    NotificationProperties properties;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    RecurringTask<Void> outboxDeliveryTask;

    @BeforeEach
    void standStill() {
        clock.set(NOW);
        OutboxTesting.parkOthers(jdbc);
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void with_the_mail_server_down_a_message_waits_in_the_outbox_and_arrives_once_it_is_back() {
        String to = TestData.uniqueEmail("down");
        long id = queue(to);
        smtp.stop();

        delivery.deliverDue();

        OutboxMessage waiting = outbox.findById(id).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(MessageStatus.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getLastError()).isNotBlank();
        assertThat(waiting.getNextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        smtp.start();
        delivery.deliverDue();
        assertThat(Mailbox.to(smtp, to)).as("not before its next attempt").isEmpty();

        clock.set(NOW.plusMinutes(1));
        delivery.deliverDue();
        delivery.deliverDue();

        assertThat(Mailbox.to(smtp, to)).hasSize(1);
        OutboxMessage sent = outbox.findById(id).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getSentAt()).isEqualTo(clock.instant());
    }

    @Test
    void failed_attempts_back_off_from_one_minute_to_six_hours_and_give_up_after_a_day() {
        long id = queue(TestData.uniqueEmail("never"));
        smtp.stop();
        List<Duration> waits = new ArrayList<>();
        Instant due = clock.instant();
        Instant attemptAt = due;
        OutboxMessage message = outbox.findById(id).orElseThrow();
        while (message.getStatus() == MessageStatus.PENDING) {
            clock.set(attemptAt);
            delivery.deliverDue();
            message = outbox.findById(id).orElseThrow();
            if (message.getStatus() == MessageStatus.PENDING) {
                waits.add(Duration.between(attemptAt, message.getNextAttemptAt()));
                attemptAt = message.getNextAttemptAt();
            }
        }

        assertThat(waits).startsWith(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8));
        assertThat(waits).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofHours(6)));
        assertThat(waits).contains(Duration.ofHours(6));
        assertThat(message.getStatus()).isEqualTo(MessageStatus.FAILED);
        assertThat(attemptAt).isBefore(due.plus(Duration.ofHours(24)));
        assertThat(message.getAttempts()).isEqualTo(waits.size() + 1);
    }

    @Test
    void with_no_mail_server_configured_messages_are_kept_for_the_admin_page() {
        String to = TestData.uniqueEmail("nomail");
        long id = queue(to);
        Deliverer noServer = new EmailDeliverer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                properties);
        OutboxDelivery withoutMail = new OutboxDelivery(outbox, transactions, List.of(noServer), properties, clock,
                "no-mail");

        withoutMail.deliverDue();

        OutboxMessage held = outbox.findById(id).orElseThrow();
        assertThat(held.getStatus()).isEqualTo(MessageStatus.HELD);
        assertThat(held.getLastError()).isEqualTo("not sent: no mail server configured");
        assertThat(held.getBodyText()).isNotBlank();
        assertThat(Mailbox.to(smtp, to)).isEmpty();
    }

    @Test
    void two_workers_on_one_database_send_each_message_once() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            recipients.add(TestData.uniqueEmail("twice"));
            queue(recipients.getLast());
        }
        OutboxDelivery first = worker("first");
        OutboxDelivery second = worker("second");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(afterLatch(start, first::deliverDue));
            Future<Integer> b = pool.submit(afterLatch(start, second::deliverDue));
            start.countDown();

            assertThat(a.get(30, TimeUnit.SECONDS) + b.get(30, TimeUnit.SECONDS)).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }
        assertThat(recipients).allSatisfy(to -> assertThat(Mailbox.to(smtp, to)).hasSize(1));
    }

    @Test
    void two_scheduler_instances_run_the_delivery_task_and_send_each_message_once() {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            recipients.add(TestData.uniqueEmail("sched"));
            queue(recipients.getLast());
        }
        jdbc.update("delete from scheduled_tasks where task_name = ?", outboxDeliveryTask.getName());
        Scheduler one = scheduler("instance-one", worker("one"));
        Scheduler two = scheduler("instance-two", worker("two"));
        try {
            one.start();
            two.start();
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() ->
                    recipients.stream().allMatch(to -> !Mailbox.to(smtp, to).isEmpty()));
        } finally {
            one.stop();
            two.stop();
        }
        assertThat(recipients).allSatisfy(to -> assertThat(Mailbox.to(smtp, to)).hasSize(1));
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = ?", Long.class,
                outboxDeliveryTask.getName())).isEqualTo(1L);
    }

    private Scheduler scheduler(String name, OutboxDelivery worker) {
        RecurringTask<Void> task = Tasks.recurring(outboxDeliveryTask.getName(), FixedDelay.ofSeconds(1))
                .execute((instance, context) -> worker.deliverDue());
        return Scheduler.create(dataSource).startTasks(task).threads(2).pollingInterval(Duration.ofMillis(200))
                .schedulerName(new SchedulerName.Fixed(name)).shutdownMaxWait(Duration.ofSeconds(2)).build();
    }

    private OutboxDelivery worker(String name) {
        return new OutboxDelivery(outbox, transactions, deliverers, properties, clock, name);
    }

    private static Callable<Integer> afterLatch(CountDownLatch start, Callable<Integer> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }

    private long queue(String to) {
        Instant now = clock.instant();
        return new TransactionTemplate(transactionManager).execute(status -> outbox.save(new OutboxMessage(
                Channel.EMAIL, MessageKind.VISIT_BOOKED, to, "pl", null, null,
                new OutboxMessage.Content("Próba", "Treść próbna", null, null, null), now, now)).getId());
    }
}
