package pl.wizyty.schedule;

/** What a resident is told about an office. */
public record OfficeInfo(long id, String name, String address, String room, String accessibilityInfo, String phone,
        String email) {

    public static OfficeInfo of(Office office) {
        return new OfficeInfo(office.getId(), office.getName(), office.getAddress(), office.getRoom(),
                office.getAccessibilityInfo(), office.getPhone(), office.getEmail());
    }
}
