package pl.wizyty.schedule;

/** An office as the admin screen edits it ({@code id} null for a new one; {@code version} guards a stale form). */
public record OfficeForm(Long id, long version, String name, String address, String room, String accessibilityInfo,
        String phone, String email, int slotMinutes, boolean active) {

    static OfficeForm of(Office office) {
        return new OfficeForm(office.getId(), office.getVersion(), office.getName(), office.getAddress(),
                office.getRoom(), office.getAccessibilityInfo(), office.getPhone(), office.getEmail(),
                office.getSlotMinutes(), office.isActive());
    }

    public static OfficeForm empty() {
        return new OfficeForm(null, 0, "", "", "", "", "", "", 15, true);
    }
}
