package pl.wizyty.schedule;

/** A desk as a line of the admin list. */
public record DeskRow(long id, String name, long officeId, String officeName, boolean active) {
}
