package pl.wizyty.accessibility;

/** The text sizes the accessibility mode offers, as a percentage of the normal size. */
public enum TextSize {
    NORMAL(100),
    LARGE(125),
    LARGER(150),
    LARGEST(200);

    private final int percent;

    TextSize(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** The size for a stored percentage; the normal size for anything unknown (e.g. an edited cookie). */
    public static TextSize ofPercent(int percent) {
        for (TextSize size : values()) {
            if (size.percent == percent) {
                return size;
            }
        }
        return NORMAL;
    }
}
