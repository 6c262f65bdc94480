package pl.wizyty.booking;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitEventRepository extends JpaRepository<VisitEvent, Long> {

    List<VisitEvent> findByVisitIdOrderByOccurredAtAscIdAsc(Long visitId);
}
