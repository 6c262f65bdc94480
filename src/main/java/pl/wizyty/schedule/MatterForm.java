package pl.wizyty.schedule;

/** A matter as the admin screen edits it, with its one office; {@code whatToBring} has one item per line. */
public record MatterForm(Long id, long version, Long officeId, Matter.Wording wording, int durationMinutes,
        boolean bookableOnline, int minNoticeHours, int maxDaysAhead, boolean active) {

    static MatterForm of(Matter matter) {
        Long office = matter.getOffices().stream().map(Office::getId).sorted().findFirst().orElse(null);
        return new MatterForm(matter.getId(), matter.getVersion(), office, matter.wording(),
                matter.getDurationMinutes(), matter.isBookableOnline(), matter.getMinNoticeHours(),
                matter.getMaxDaysAhead(), matter.isActive());
    }

    public static MatterForm empty() {
        return new MatterForm(null, 0, null, new Matter.Wording("", "", "", "", "", "", ""), 15, false, 24, 30,
                true);
    }
}
