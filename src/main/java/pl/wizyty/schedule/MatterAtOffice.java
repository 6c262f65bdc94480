package pl.wizyty.schedule;

/** A matter as handled by one office: what a visit is booked for. */
public record MatterAtOffice(MatterInfo matter, OfficeInfo office) {
}
