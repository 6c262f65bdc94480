package pl.wizyty.base;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule refused what someone asked for. It carries a message key from the bundles (never a sentence), the
 * arguments for it, and optionally the form field it is about, so a view can put the message next to that field.
 * Nothing has been changed when it is thrown: services throw it before writing, or the transaction rolls back.
 */
public class RuleViolation extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final transient Object[] args;
    private final List<RuleViolation> alsoBroken = new ArrayList<>();

    public RuleViolation(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private RuleViolation(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public static RuleViolation onField(String field, String messageKey, Object... args) {
        return new RuleViolation(field, messageKey, args);
    }

    /**
     * Every rule a form broke at once, so that the person sees them all (the first is thrown, the others ride
     * along); at most one per field.
     */
    public static RuleViolation all(List<RuleViolation> broken) {
        if (broken.isEmpty()) {
            throw new IllegalArgumentException("Nothing was broken");
        }
        RuleViolation first = broken.getFirst();
        first.alsoBroken.addAll(broken.subList(1, broken.size()));
        return first;
    }

    /** This violation and the others found with it, in the order of the form. */
    public List<RuleViolation> violations() {
        List<RuleViolation> all = new ArrayList<>();
        all.add(this);
        all.addAll(alsoBroken);
        return List.copyOf(all);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The form field this is about, or {@code null} when it is about the whole request. */
    public String field() {
        return field;
    }
}
