package pl.wizyty.bench;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The floor view's three rows, read through JPA as any view's data are; only in the {@code loadbench} profile. */
@Component
@Profile(FloorRoute.PROFILE)
class FloorData {

    private final EntityManager entityManager;

    FloorData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    List<Row> firstThree() {
        return entityManager.createQuery("select m.id, m.name from Matter m order by m.id", Object[].class)
                .setMaxResults(3).getResultList().stream()
                .map(values -> new Row((Long) values[0], (String) values[1])).toList();
    }

    record Row(Long id, String name) {
    }
}
