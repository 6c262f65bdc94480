package pl.wizyty.schedule;

import java.util.Locale;
import pl.wizyty.base.Bilingual;

/**
 * What a resident is told about an office. The plain accessors give the Polish texts; a resident reads the name,
 * room and accessibility information through {@link #name(Locale)} and its siblings, in English where an admin
 * wrote it.
 */
public record OfficeInfo(long id, String name, String address, String room, String accessibilityInfo, String phone,
        String email, String nameEn, String roomEn, String accessibilityInfoEn) {

    public static OfficeInfo of(Office office) {
        return new OfficeInfo(office.getId(), office.getName(), office.getAddress(), office.getRoom(),
                office.getAccessibilityInfo(), office.getPhone(), office.getEmail(), office.getNameEn(), office.getRoomEn(),
                office.getAccessibilityInfoEn());
    }

    public String name(Locale reader) {
        return Bilingual.pick(reader, name, nameEn);
    }

    public String room(Locale reader) {
        return Bilingual.pick(reader, room, roomEn);
    }

    public String accessibilityInfo(Locale reader) {
        return Bilingual.pick(reader, accessibilityInfo, accessibilityInfoEn);
    }
}
