package pl.wizyty.schedule;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MatterRepository extends JpaRepository<Matter, Long> {

    @Query("""
            select distinct m from Matter m join fetch m.offices o
            where m.bookableOnline = true and m.active = true and o.active = true""")
    List<Matter> findBookableWithOffices();

    @Query("""
            select m from Matter m join fetch m.offices o
            where m.id = :matterId and m.bookableOnline = true and m.active = true and o.active = true""")
    List<Matter> findBookableWithOffices(@Param("matterId") long matterId);

    /** The matter as the slot plan needs it: active, at an active office (online or not: the office may book it). */
    @Query("""
            select m from Matter m join fetch m.offices o
            where m.id = :matterId and o.id = :officeId and m.active = true and o.active = true""")
    Optional<Matter> findBookableAt(@Param("matterId") long matterId, @Param("officeId") long officeId);

    @Query("""
            select new pl.wizyty.schedule.MatterRow(m.id, m.name, o.name, m.durationMinutes, m.bookableOnline,
                m.active)
            from Matter m join m.offices o
            where lower(m.name) like :text or lower(coalesce(m.keywords, '')) like :text or lower(o.name) like :text
            order by m.active desc, m.name asc, m.id asc""")
    List<MatterRow> search(@Param("text") String text, Pageable page);

    @Query("""
            select count(m) from Matter m join m.offices o
            where lower(m.name) like :text or lower(coalesce(m.keywords, '')) like :text or lower(o.name) like :text""")
    long countSearch(@Param("text") String text);

    @Query("select m from Matter m join m.offices o where o.id = :officeId order by m.name asc")
    List<Matter> findByOffice(@Param("officeId") long officeId);

    @Query("select m from Matter m join m.offices o where m.id = :matterId and o.id = :officeId")
    Optional<Matter> findAtOffice(@Param("matterId") long matterId, @Param("officeId") long officeId);
}
