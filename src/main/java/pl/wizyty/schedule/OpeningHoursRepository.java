package pl.wizyty.schedule;

import java.util.List;
import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OpeningHoursRepository extends JpaRepository<OpeningHours, Long> {

    @Query("select h from OpeningHours h where h.office.id = :officeId")
    List<OpeningHours> findByOffice(@Param("officeId") long officeId);

    @Modifying(flushAutomatically = true)
    @Query("delete from OpeningHours h where h.office.id = :officeId and h.validFrom = :validFrom")
    int deleteSet(@Param("officeId") long officeId, @Param("validFrom") LocalDate validFrom);
}
