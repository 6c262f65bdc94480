package pl.wizyty.visit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import pl.wizyty.base.RuleViolation;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VisitRepository extends JpaRepository<Visit, Long> {

    /** Writes pending changes now; a concurrent change shows as the rule "visit.stale", never as an error page. */
    default void flushOrStale() {
        try {
            flush();
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            throw new RuleViolation("visit.stale");
        }
    }

    String SUMMARY = """
            select new pl.wizyty.visit.VisitRow(v.id, v.bookingNumber, v.startsAt, v.endsAt, m.name, o.name,
                o.room, v.status, v.version, m.nameEn, o.nameEn, o.roomEn)
            from Visit v join v.matter m join v.office o
            """;

    @Query(SUMMARY + "where v.residentId = :resident and v.status = 'BOOKED' and v.endsAt > :now order by v.startsAt asc, v.id asc")
    List<VisitRow> findUpcoming(@Param("resident") long resident, @Param("now") Instant now, Pageable page);

    @Query("select count(v) from Visit v where v.residentId = :resident and v.status = 'BOOKED' and v.endsAt > :now")
    long countUpcoming(@Param("resident") long resident, @Param("now") Instant now);

    @Query(SUMMARY + """
            where v.residentId = :resident and (v.status in ('ATTENDED', 'NO_SHOW')
                or (v.status = 'BOOKED' and v.endsAt <= :now))
            order by v.startsAt desc, v.id desc""")
    List<VisitRow> findPast(@Param("resident") long resident, @Param("now") Instant now, Pageable page);

    @Query("""
            select count(v) from Visit v where v.residentId = :resident and (v.status in ('ATTENDED', 'NO_SHOW')
                or (v.status = 'BOOKED' and v.endsAt <= :now))""")
    long countPast(@Param("resident") long resident, @Param("now") Instant now);

    @Query(SUMMARY + "where v.residentId = :resident and v.status = 'CANCELLED' order by v.startsAt desc, v.id desc")
    List<VisitRow> findCancelled(@Param("resident") long resident, Pageable page);

    @Query("select count(v) from Visit v where v.residentId = :resident and v.status = 'CANCELLED'")
    long countCancelled(@Param("resident") long resident);

    @Query("select v from Visit v join fetch v.matter join fetch v.office where v.id = :id and v.residentId = :resident")
    Optional<Visit> findOwned(@Param("id") long id, @Param("resident") long resident);

    @Query("""
            select v from Visit v join fetch v.matter join fetch v.office
            where v.bookingNumber = :number and v.residentId = :resident""")
    Optional<Visit> findOwnedByNumber(@Param("number") String number, @Param("resident") long resident);

    @Query("select v from Visit v join fetch v.matter join fetch v.office where v.id = :id")
    Optional<Visit> findWithDetails(@Param("id") long id);

    @Query("select v from Visit v join fetch v.matter join fetch v.office where v.id in :ids")
    List<Visit> findAllWithDetails(@Param("ids") Collection<Long> ids);

    boolean existsByBookingNumber(String bookingNumber);

    String AGENDA = """
            select new pl.wizyty.visit.AgendaRow(v.id, v.bookingNumber, v.startsAt, v.endsAt,
                concat(u.firstName, ' ', u.lastName), v.contactPhone, v.contactEmail, m.name, v.status,
                v.accessibilityNeeds, v.note, v.version, v.deskId, d.name)
            from Visit v join v.matter m join UserAccount u on u.id = v.residentId join Desk d on d.id = v.deskId
            """;

    /** One page of an office's agenda: one indexed read (office, status, start) with its joins, no per-row query. */
    @Query(AGENDA + """
            where v.office.id = :office and v.status in :statuses and v.startsAt >= :from and v.startsAt < :to
                and (:desk is null or v.deskId = :desk)
            order by v.startsAt asc, d.name asc, v.id asc""")
    List<AgendaRow> findAgenda(@Param("office") long office, @Param("statuses") Collection<VisitStatus> statuses,
            @Param("from") Instant from, @Param("to") Instant to, @Param("desk") Long desk, Pageable page);

    @Query("""
            select count(v) from Visit v where v.office.id = :office and v.status in :statuses
                and v.startsAt >= :from and v.startsAt < :to and (:desk is null or v.deskId = :desk)""")
    long countAgenda(@Param("office") long office, @Param("statuses") Collection<VisitStatus> statuses,
            @Param("from") Instant from, @Param("to") Instant to, @Param("desk") Long desk);

    /** The clerk's search by booking number (unique, indexed), within the offices given (all: every office). */
    @Query(AGENDA + """
            where v.bookingNumber = :number and (:all = true or v.office.id in :offices)""")
    List<AgendaRow> findAgendaByNumber(@Param("number") String number, @Param("all") boolean all,
            @Param("offices") Collection<Long> offices);

    /** The clerk's search by resident: their visits across dates, newest first, through the resident index. */
    @Query(AGENDA + """
            where v.residentId in :residents and (:all = true or v.office.id in :offices)
            order by v.startsAt desc, v.id desc""")
    List<AgendaRow> findAgendaOfResidents(@Param("residents") Collection<Long> residents, @Param("all") boolean all,
            @Param("offices") Collection<Long> offices, Pageable page);

    @Query("""
            select count(v) from Visit v where v.residentId in :residents
                and (:all = true or v.office.id in :offices)""")
    long countOfResidents(@Param("residents") Collection<Long> residents, @Param("all") boolean all,
            @Param("offices") Collection<Long> offices);

    String REPORT_COUNTS = """
                count(v),
                sum(case when v.status = 'ATTENDED' then 1 else 0 end),
                sum(case when v.status = 'NO_SHOW' then 1 else 0 end),
                sum(case when v.status = 'CANCELLED' and v.cancelledBy = 'RESIDENT' then 1 else 0 end),
                sum(case when v.status = 'CANCELLED' and v.cancelledBy = 'OFFICE' then 1 else 0 end),
                sum(case when v.status <> 'CANCELLED' then m.durationMinutes else 0 end),
                avg((v.startsAt - v.createdAt) by hour))
            from Visit v join v.matter m
            where v.office.id = :office and v.startsAt >= :from and v.startsAt < :to
            """;

    /** "Raporty" per matter: one aggregate query over the office's visits in the period (office-and-start index). */
    @Query("select new pl.wizyty.visit.ReportRow(m.name, " + REPORT_COUNTS + "group by m.name order by m.name")
    List<ReportRow> reportPerMatter(@Param("office") long office, @Param("from") Instant from,
            @Param("to") Instant to);

    /** "Raporty" per day (folded into weeks by the service: at most 366 rows a year). */
    @Query("select new pl.wizyty.visit.ReportRow(cast(v.startsAt as LocalDate), " + REPORT_COUNTS
            + "group by cast(v.startsAt as LocalDate) order by cast(v.startsAt as LocalDate)")
    List<ReportRow> reportPerDay(@Param("office") long office, @Param("from") Instant from, @Param("to") Instant to);

    @Query("""
            select new pl.wizyty.visit.OfficeReport$Reason(v.cancelReason, count(v)) from Visit v
            where v.office.id = :office and v.startsAt >= :from and v.startsAt < :to and v.status = 'CANCELLED'
                and v.cancelReason is not null
            group by v.cancelReason order by count(v) desc, v.cancelReason asc""")
    List<OfficeReport.Reason> reportReasons(@Param("office") long office, @Param("from") Instant from,
            @Param("to") Instant to, Pageable page);

    /** Booked visits of an office (every office: null) starting in the range; one indexed read, no per-row query. */
    @Query(AGENDA + """
            where (:office is null or v.office.id = :office) and v.status = 'BOOKED'
                and v.startsAt >= :from and v.startsAt < :to
            order by v.startsAt asc, v.id asc""")
    List<AgendaRow> findBooked(@Param("office") Long office, @Param("from") Instant from, @Param("to") Instant to);

    @Query("""
            select count(v) from Visit v where v.residentId = :resident and v.matter.id = :matter
                and v.status = 'BOOKED' and v.endsAt > :now and v.id <> :except""")
    long countActiveForMatter(@Param("resident") long resident, @Param("matter") long matter,
            @Param("now") Instant now, @Param("except") long except);

    @Query("""
            select count(v) from Visit v where v.residentId = :resident and v.status = 'BOOKED'
                and v.startsAt < :end and v.endsAt > :start and v.id <> :except""")
    long countOverlapping(@Param("resident") long resident, @Param("start") Instant start,
            @Param("end") Instant end, @Param("except") long except);

    @Query("""
            select count(v) from Visit v where v.residentId = :resident
                and v.status = 'BOOKED' and v.endsAt > :now and v.id <> :except""")
    long countActive(@Param("resident") long resident, @Param("now") Instant now, @Param("except") long except);

    @Query("select v.residentId from Visit v where v.id = :id")
    Optional<Long> findResidentId(@Param("id") long id);

    @Query("select distinct v.residentId from Visit v where v.id in :ids")
    List<Long> findResidentIds(@Param("ids") Collection<Long> ids);

    /** Serialises every change of one resident's visits, so the per-resident limits hold under concurrency. */
    @Query(value = "select id from user_account where id = :resident for update", nativeQuery = true)
    Long lockResident(@Param("resident") long resident);

    /** {@link #lockResident} for several residents at once, in id order (give them sorted). */
    @Query(value = "select id from user_account where id in (:residents) order by id for update", nativeQuery = true)
    List<Long> lockResidents(@Param("residents") Collection<Long> residents);
}
