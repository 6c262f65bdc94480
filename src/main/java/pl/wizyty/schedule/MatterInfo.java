package pl.wizyty.schedule;

import java.util.List;

/** What a resident is told about a matter. */
public record MatterInfo(long id, String name, String description, int durationMinutes, List<String> whatToBring,
        boolean bookableOnline, int minNoticeHours, int maxDaysAhead) {

    public static MatterInfo of(Matter matter) {
        return new MatterInfo(matter.getId(), matter.getName(), matter.getDescription(), matter.getDurationMinutes(),
                matter.getWhatToBring(), matter.isBookableOnline(), matter.getMinNoticeHours(),
                matter.getMaxDaysAhead());
    }
}
