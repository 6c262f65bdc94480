package pl.wizyty.schedule;

/** An office as a line of the admin list. */
public record OfficeRow(long id, String name, String room, int slotMinutes, boolean active) {
}
