package pl.wizyty.visit;

import java.io.Serial;
import java.util.List;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.schedule.FreeSlot;

/** The chosen time was taken by someone else a moment ago; carries the nearest free times to offer instead. */
public class SlotTakenException extends RuleViolation {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<FreeSlot> alternatives;

    public SlotTakenException(List<FreeSlot> alternatives) {
        super("booking.slot.taken");
        this.alternatives = List.copyOf(alternatives);
    }

    public List<FreeSlot> alternatives() {
        return alternatives;
    }
}
