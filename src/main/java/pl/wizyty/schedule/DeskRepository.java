package pl.wizyty.schedule;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DeskRepository extends JpaRepository<Desk, Long> {

    @Query("""
            select d.id from Desk d join d.matters m
            where d.office.id = :officeId and m.id = :matterId and d.active = true
            order by d.id""")
    List<Long> findIdsServing(@Param("officeId") long officeId, @Param("matterId") long matterId);

    @Query("""
            select new pl.wizyty.schedule.DeskRow(d.id, d.name, o.id, o.name, d.active) from Desk d join d.office o
            where (:officeId is null or o.id = :officeId) order by o.name asc, d.name asc, d.id asc""")
    List<DeskRow> search(@Param("officeId") Long officeId, Pageable page);

    @Query("select count(d) from Desk d where (:officeId is null or d.office.id = :officeId)")
    long countSearch(@Param("officeId") Long officeId);

    @Query("select d from Desk d where d.office.id = :officeId order by d.name asc")
    List<Desk> findByOffice(@Param("officeId") long officeId);
}
