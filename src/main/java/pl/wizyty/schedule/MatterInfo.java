package pl.wizyty.schedule;

import java.util.List;
import java.util.Locale;
import pl.wizyty.base.Bilingual;

/**
 * What a resident is told about a matter. The plain accessors give the Polish texts (the office's own names); a
 * resident reads them through {@link #name(Locale)} and its siblings, in English where an admin wrote it.
 */
public record MatterInfo(long id, String name, String description, int durationMinutes, List<String> whatToBring,
        boolean bookableOnline, int minNoticeHours, int maxDaysAhead, String nameEn, String descriptionEn,
        List<String> whatToBringEn) {

    public static MatterInfo of(Matter matter) {
        return new MatterInfo(matter.getId(), matter.getName(), matter.getDescription(), matter.getDurationMinutes(),
                matter.getWhatToBring(), matter.isBookableOnline(), matter.getMinNoticeHours(),
                matter.getMaxDaysAhead(), matter.getNameEn(), matter.getDescriptionEn(), matter.getWhatToBringEn());
    }

    public String name(Locale reader) {
        return Bilingual.pick(reader, name, nameEn);
    }

    public String description(Locale reader) {
        return Bilingual.pick(reader, description, descriptionEn);
    }

    public List<String> whatToBring(Locale reader) {
        return Bilingual.pick(reader, whatToBring, whatToBringEn);
    }
}
