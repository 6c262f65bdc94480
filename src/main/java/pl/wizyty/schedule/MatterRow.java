package pl.wizyty.schedule;

/** A matter as a line of the admin list. */
public record MatterRow(long id, String name, String officeName, int durationMinutes, boolean bookableOnline,
        boolean active) {
}
