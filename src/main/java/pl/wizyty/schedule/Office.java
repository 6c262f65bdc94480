package pl.wizyty.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wizyty.base.ContactRules;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Texts;

/** An office (department) of the town hall where visits take place. */
@Entity
@Table(name = "office")
public class Office {

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;
    public static final int ROOM_MAX = 100;
    public static final int ACCESSIBILITY_MAX = 1000;
    public static final int SLOT_MIN = 5;
    public static final int SLOT_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(nullable = false, length = 100)
    private String room;

    @Column(name = "accessibility_info", length = 1000)
    private String accessibilityInfo;

    @Column(length = 30)
    private String phone;

    @Column(length = 254)
    private String email;

    /** The grid every visit of this office starts and ends on, in minutes (e.g. 15). */
    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    @Column(name = "name_en", length = NAME_MAX)
    private String nameEn;

    @Column(name = "room_en", length = ROOM_MAX)
    private String roomEn;

    @Column(name = "accessibility_info_en", length = ACCESSIBILITY_MAX)
    private String accessibilityInfoEn;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Office() {
    }

    public Office(String name, String address, String room, String accessibilityInfo, String phone, String email,
            int slotMinutes) {
        update(name, address, room, accessibilityInfo, phone, email, slotMinutes, true);
    }

    /** Changes what an admin edits; every text is checked here, with the field it belongs to. */
    public void update(String name, String address, String room, String accessibilityInfo, String phone,
            String email, int slotMinutes, boolean active) {
        if (slotMinutes < SLOT_MIN || slotMinutes > SLOT_MAX) {
            throw RuleViolation.onField("slotMinutes", "admin.office.slotMinutes.range", SLOT_MIN, SLOT_MAX);
        }
        this.name = Texts.required("name", name, NAME_MAX);
        this.address = Texts.required("address", address, ADDRESS_MAX);
        this.room = Texts.required("room", room, ROOM_MAX);
        this.accessibilityInfo = Texts.optional("accessibilityInfo", accessibilityInfo, ACCESSIBILITY_MAX);
        this.phone = Texts.optional("phone", phone, ContactRules.PHONE_MAX);
        if (this.phone != null && !ContactRules.isPhone(this.phone)) {
            throw RuleViolation.onField("phone", "account.phone.invalid");
        }
        this.email = Texts.optional("email", email, ContactRules.EMAIL_MAX);
        if (this.email != null && !ContactRules.isEmail(this.email)) {
            throw RuleViolation.onField("email", "account.email.invalid");
        }
        this.slotMinutes = slotMinutes;
        this.active = active;
    }

    /** The office's texts for residents reading English; each one empty means the Polish text is shown. */
    public record English(String name, String room, String accessibilityInfo) {

        public static final English NONE = new English(null, null, null);
    }

    /** Sets the English texts an admin entered; each is optional and checked like its Polish counterpart. */
    public void describeInEnglish(English texts) {
        this.nameEn = Texts.optional("nameEn", texts.name(), NAME_MAX);
        this.roomEn = Texts.optional("roomEn", texts.room(), ROOM_MAX);
        this.accessibilityInfoEn = Texts.optional("accessibilityInfoEn", texts.accessibilityInfo(),
                ACCESSIBILITY_MAX);
    }

    public English english() {
        return new English(nameEn, roomEn, accessibilityInfoEn);
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getRoomEn() {
        return roomEn;
    }

    public String getAccessibilityInfoEn() {
        return accessibilityInfoEn;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getRoom() {
        return room;
    }

    public String getAccessibilityInfo() {
        return accessibilityInfo;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public int getSlotMinutes() {
        return slotMinutes;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Office other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Office.class.hashCode();
    }
}
