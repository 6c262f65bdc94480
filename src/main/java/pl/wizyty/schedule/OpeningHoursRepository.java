package pl.wizyty.schedule;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OpeningHoursRepository extends JpaRepository<OpeningHours, Long> {

    @Query("select h from OpeningHours h where h.office.id = :officeId")
    List<OpeningHours> findByOffice(@Param("officeId") long officeId);
}
