package pl.wizyty.schedule;

import java.util.Set;
import java.util.stream.Collectors;

/** A desk as the admin screen edits it: its office, name, the matters it serves and whether it takes visits. */
public record DeskForm(Long id, long version, Long officeId, String name, Set<Long> matterIds, boolean active) {

    static DeskForm of(Desk desk) {
        return new DeskForm(desk.getId(), desk.getVersion(), desk.getOffice().getId(), desk.getName(),
                desk.getMatters().stream().map(Matter::getId).collect(Collectors.toSet()), desk.isActive());
    }
}
