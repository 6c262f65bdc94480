package pl.wizyty.visit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HistoryRepository extends JpaRepository<HistoryRecord, Long> {

    @Query("select h from HistoryRecord h where h.visit.id = :visitId order by h.occurredAt asc, h.id asc")
    List<HistoryRecord> findByVisit(@Param("visitId") long visitId);
}
