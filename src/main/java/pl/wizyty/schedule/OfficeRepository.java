package pl.wizyty.schedule;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeRepository extends JpaRepository<Office, Long> {

    @Query("""
            select new pl.wizyty.schedule.OfficeRow(o.id, o.name, o.room, o.slotMinutes, o.active) from Office o
            where lower(o.name) like :text order by o.active desc, o.name asc, o.id asc""")
    List<OfficeRow> search(@Param("text") String text, Pageable page);

    @Query("select count(o) from Office o where lower(o.name) like :text")
    long countSearch(@Param("text") String text);

    @Query("select o from Office o where o.active = true order by o.name asc")
    List<Office> findActive();
}
