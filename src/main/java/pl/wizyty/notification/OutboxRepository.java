package pl.wizyty.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("""
            select m.id from OutboxMessage m
            where m.status = pl.wizyty.notification.MessageStatus.PENDING and m.nextAttemptAt <= :now
                and (m.claimedUntil is null or m.claimedUntil < :now)
            order by m.nextAttemptAt asc, m.id asc""")
    List<Long> findDue(@Param("now") Instant now, Pageable limit);

    /**
     * Takes a due message for one worker. A single UPDATE, so of two instances that try at once only one changes the
     * row (the other's UPDATE waits for the row lock, then finds the condition false): that one sends it.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m set m.claimedBy = :worker, m.claimedUntil = :until, m.version = m.version + 1
            where m.id = :id and m.status = pl.wizyty.notification.MessageStatus.PENDING and m.nextAttemptAt <= :now
                and (m.claimedUntil is null or m.claimedUntil < :now)""")
    int claim(@Param("id") long id, @Param("worker") String worker, @Param("now") Instant now,
            @Param("until") Instant until);

    Optional<OutboxMessage> findByDedupKey(String dedupKey);

    List<OutboxMessage> findByVisitIdAndKind(long visitId, MessageKind kind);

    @Query("""
            select m from OutboxMessage m
            where (:status is null or m.status = :status)
                and (lower(m.recipient) like :text or lower(m.subject) like :text)
            order by m.createdAt desc, m.id desc""")
    List<OutboxMessage> search(@Param("text") String text, @Param("status") MessageStatus status, Pageable page);

    @Query("""
            select count(m) from OutboxMessage m
            where (:status is null or m.status = :status)
                and (lower(m.recipient) like :text or lower(m.subject) like :text)""")
    long countSearch(@Param("text") String text, @Param("status") MessageStatus status);

    /** Bodies of messages created before the cut-off that no longer wait for delivery. */
    @Modifying
    @Query("""
            update OutboxMessage m set m.bodyText = null, m.bodyHtml = null, m.calendar = null, m.purgedAt = :now,
                m.version = m.version + 1
            where m.createdAt < :before and m.purgedAt is null
                and m.status <> pl.wizyty.notification.MessageStatus.PENDING""")
    int purgeBodies(@Param("before") Instant before, @Param("now") Instant now);
}
