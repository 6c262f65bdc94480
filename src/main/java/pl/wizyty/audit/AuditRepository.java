package pl.wizyty.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditRepository extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select new pl.wizyty.audit.AuditRecord(a.id, a.occurredAt, a.actorId,
                concat(u.firstName, ' ', u.lastName), a.action, a.subjectType, a.subjectId, a.details)
            from AuditEntry a left join UserAccount u on u.id = a.actorId
            where (:action is null or a.action = :action) and (:subjectType is null or a.subjectType = :subjectType)
                and (:subjectId is null or a.subjectId = :subjectId)
            order by a.occurredAt desc, a.id desc""")
    List<AuditRecord> search(@Param("action") AuditAction action, @Param("subjectType") String subjectType,
            @Param("subjectId") Long subjectId, Pageable page);

    @Query("""
            select count(a) from AuditEntry a
            where (:action is null or a.action = :action) and (:subjectType is null or a.subjectType = :subjectType)
                and (:subjectId is null or a.subjectId = :subjectId)""")
    long countSearch(@Param("action") AuditAction action, @Param("subjectType") String subjectType,
            @Param("subjectId") Long subjectId);
}
