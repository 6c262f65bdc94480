package pl.wizyty.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One slot unit of one desk held by an active visit (written only by a plain INSERT, see SlotHoldRepository). The primary key (desk, start) is the database's own guarantee
 * that no two visits hold the same desk at the same time.
 */
@Entity
@Table(name = "slot_hold")
@IdClass(SlotHold.Key.class)
class SlotHold {

    @Id
    @Column(name = "desk_id")
    private Long deskId;

    @Id
    @Column(name = "slot_start")
    private Instant slotStart;

    @Column(name = "visit_id", nullable = false)
    private Long visitId;

    protected SlotHold() {
    }

    static class Key implements Serializable {
        private Long deskId;
        private Instant slotStart;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(deskId, other.deskId)
                    && Objects.equals(slotStart, other.slotStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(deskId, slotStart);
        }
    }
}
