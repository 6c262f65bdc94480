package pl.wizyty.schedule;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClosureRepository extends JpaRepository<Closure, Long> {

    @Query("select c from Closure c where c.office.id = :officeId and c.lastDay >= :from and c.firstDay <= :to")
    List<Closure> findOverlapping(@Param("officeId") long officeId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
