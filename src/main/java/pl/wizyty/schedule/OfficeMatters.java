package pl.wizyty.schedule;

import java.util.List;

/** An office with the matters a resident can book there, for the list grouped by office. */
public record OfficeMatters(OfficeInfo office, List<MatterInfo> matters) {
}
