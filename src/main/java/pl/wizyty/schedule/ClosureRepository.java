package pl.wizyty.schedule;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClosureRepository extends JpaRepository<Closure, Long> {

    @Query("select c from Closure c where c.office.id = :officeId and c.lastDay >= :from and c.firstDay <= :to")
    List<Closure> findOverlapping(@Param("officeId") long officeId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    @Query("""
            select new pl.wizyty.schedule.ClosureRow(c.id, o.name, d.name, c.firstDay, c.lastDay, c.fromTime,
                c.toTime, c.reason)
            from Closure c join c.office o left join Desk d on d.id = c.deskId
            where c.lastDay >= :from order by c.firstDay asc, o.name asc, c.id asc""")
    List<ClosureRow> findFrom(@Param("from") LocalDate from, Pageable page);

    @Query("select count(c) from Closure c where c.lastDay >= :from")
    long countFrom(@Param("from") LocalDate from);
}
