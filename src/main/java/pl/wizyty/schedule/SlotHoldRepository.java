package pl.wizyty.schedule;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SlotHoldRepository extends JpaRepository<SlotHold, SlotHold.Key> {

    /**
     * One desk at a time on purpose: equality on the key's first column and a range on its second is an index range
     * scan on every database, where "desk in (...)" let H2 read every hold of those desks.
     */
    @Query("""
            select h.slotStart from SlotHold h
            where h.deskId = :deskId and h.slotStart >= :from and h.slotStart < :to""")
    List<Instant> findHeld(@Param("deskId") long deskId, @Param("from") Instant from, @Param("to") Instant to);

    /** A plain INSERT, never a merge: a hold that exists already must fail on the primary key, not be taken over. */
    @Modifying(flushAutomatically = true)
    @Query(value = "insert into slot_hold (desk_id, slot_start, visit_id) values (:deskId, :slotStart, :visitId)",
            nativeQuery = true)
    int insert(@Param("deskId") long deskId, @Param("slotStart") Instant slotStart, @Param("visitId") long visitId);

    @Modifying(flushAutomatically = true)
    @Query("delete from SlotHold h where h.visitId = :visitId")
    int deleteByVisit(@Param("visitId") long visitId);
}
