package pl.wizyty.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue residents choose from: offices and the matters they handle. Public reading, no personal data. */
@Service
@Transactional(readOnly = true)
public class ScheduleService {

    private final MatterRepository matters;
    private final OfficeRepository offices;

    ScheduleService(MatterRepository matters, OfficeRepository offices) {
        this.matters = matters;
        this.offices = offices;
    }

    /**
     * Matters bookable online, grouped by office and sorted by name; a search text keeps those whose matter name,
     * English name, description, search keywords or office name contains it (ignoring case and Polish diacritics).
     */
    public List<OfficeMatters> bookableCatalogue(String search) {
        String needle = fold(search == null ? "" : search.strip());
        Map<String, OfficeMatters> byOffice = new TreeMap<>();
        Map<Long, OfficeInfo> officeInfos = new java.util.HashMap<>();
        for (Matter matter : matters.findBookableWithOffices()) {
            for (Office office : matter.getOffices()) {
                boolean match = needle.isEmpty() || fold(matter.getName()).contains(needle)
                        || fold(matter.getDescription()).contains(needle) || fold(office.getName()).contains(needle)
                        || fold(matter.getKeywords()).contains(needle) || fold(matter.getNameEn()).contains(needle);
                if (match) {
                    OfficeInfo info = officeInfos.computeIfAbsent(office.getId(), id -> OfficeInfo.of(office));
                    byOffice.computeIfAbsent(office.getName() + "#" + office.getId(),
                            key -> new OfficeMatters(info, new ArrayList<>())).matters().add(MatterInfo.of(matter));
                }
            }
        }
        return byOffice.values().stream()
                .map(group -> new OfficeMatters(group.office(), group.matters().stream()
                        .sorted(Comparator.comparing(MatterInfo::name)).toList()))
                .toList();
    }

    /** Where a matter can be booked online: none for an unknown, retired or offline-only matter. */
    public List<MatterAtOffice> bookableAt(long matterId) {
        return matters.findBookableWithOffices(matterId).stream()
                .flatMap(matter -> matter.getOffices().stream()
                        .map(office -> new MatterAtOffice(MatterInfo.of(matter), OfficeInfo.of(office))))
                .sorted(Comparator.comparing(found -> found.office().name()))
                .toList();
    }

    public Optional<MatterAtOffice> matterAtOffice(long matterId, long officeId) {
        return matters.findAtOffice(matterId, officeId).flatMap(matter -> offices.findById(officeId)
                .map(office -> new MatterAtOffice(MatterInfo.of(matter), OfficeInfo.of(office))));
    }

    public Optional<OfficeInfo> office(long officeId) {
        return offices.findById(officeId).map(OfficeInfo::of);
    }

    public List<OfficeInfo> allOffices() {
        return offices.findAll().stream().map(OfficeInfo::of).sorted(Comparator.comparing(OfficeInfo::name)).toList();
    }

    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('ł', 'l');
        return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
