package pl.wizyty.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
     * Matters bookable online, grouped by office and sorted by name; a search text keeps those it finds by their name
     * (Polish or English), description, search keywords or office name, as {@link MatterSearch} matches: any case,
     * with or without Polish letters, by the start of a word and by other forms of it.
     */
    public List<OfficeMatters> bookableCatalogue(String search) {
        MatterSearch query = MatterSearch.of(search);
        Map<String, OfficeMatters> byOffice = new TreeMap<>();
        Map<Long, OfficeInfo> officeInfos = new HashMap<>();
        for (Matter matter : matters.findBookableWithOffices()) {
            for (Office office : matter.getOffices()) {
                if (finds(query, matter, office)) {
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

    /**
     * Of the example searches, those that find a bookable matter now, in their order: a hint suggests only words that
     * work in this town hall's catalogue.
     */
    public List<String> searchesThatFind(List<String> examples) {
        List<Matter> bookable = matters.findBookableWithOffices();
        return examples.stream().filter(example -> !MatterSearch.of(example).isBlank())
                .filter(example -> bookable.stream().anyMatch(matter -> matter.getOffices().stream()
                        .anyMatch(office -> finds(MatterSearch.of(example), matter, office))))
                .toList();
    }

    private static boolean finds(MatterSearch query, Matter matter, Office office) {
        return query.matches(matter.getName(), matter.getNameEn(), matter.getDescription(), matter.getKeywords(),
                office.getName());
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
}
