package pl.wizyty.visit;

import java.time.Instant;
import java.util.Locale;
import pl.wizyty.base.Bilingual;

/**
 * A visit as one row of a list: read with one query for a whole page, no lazy loading. The plain accessors give the
 * Polish names; a resident reads them through {@link #matterName(Locale)} and its siblings.
 */
public record VisitRow(long id, String bookingNumber, Instant startsAt, Instant endsAt, String matterName,
        String officeName, String room, VisitStatus status, long version, String matterNameEn, String officeNameEn,
        String roomEn) {

    public String matterName(Locale reader) {
        return Bilingual.pick(reader, matterName, matterNameEn);
    }

    public String officeName(Locale reader) {
        return Bilingual.pick(reader, officeName, officeNameEn);
    }

    public String room(Locale reader) {
        return Bilingual.pick(reader, room, roomEn);
    }
}
