package pl.wizyty.schedule;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeskRepository extends JpaRepository<Desk, Long> {

    @Query("""
            select d.id from Desk d join d.matters m
            where d.office.id = :officeId and m.id = :matterId and d.active = true
            order by d.id""")
    List<Long> findIdsServing(@Param("officeId") long officeId, @Param("matterId") long matterId);
}
