package pl.wizyty.schedule;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MatterRepository extends JpaRepository<Matter, Long> {

    @Query("select distinct m from Matter m join fetch m.offices where m.bookableOnline = true")
    List<Matter> findBookableWithOffices();

    @Query("select m from Matter m join fetch m.offices where m.id = :matterId and m.bookableOnline = true")
    List<Matter> findBookableWithOffices(@Param("matterId") long matterId);

    @Query("select m from Matter m join m.offices o where m.id = :matterId and o.id = :officeId")
    Optional<Matter> findAtOffice(@Param("matterId") long matterId, @Param("officeId") long officeId);
}
