package pl.wizyty.schedule;

/**
 * An office as the admin screen edits it ({@code id} null for a new one; {@code version} guards a stale form), with
 * its optional English texts.
 */
public record OfficeForm(Long id, long version, String name, String address, String room, String accessibilityInfo,
        String phone, String email, int slotMinutes, boolean active, Office.English english) {

    static OfficeForm of(Office office) {
        return new OfficeForm(office.getId(), office.getVersion(), office.getName(), office.getAddress(),
                office.getRoom(), office.getAccessibilityInfo(), office.getPhone(), office.getEmail(),
                office.getSlotMinutes(), office.isActive(), office.english());
    }

    public static OfficeForm empty() {
        return new OfficeForm(null, 0, "", "", "", "", "", "", 15, true, new Office.English("", "", ""));
    }
}
