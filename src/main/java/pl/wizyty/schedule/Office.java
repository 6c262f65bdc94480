package pl.wizyty.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An office (department) of the town hall where visits take place. */
@Entity
@Table(name = "office")
public class Office {

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

    @Version
    private long version;

    protected Office() {
    }

    public Office(String name, String address, String room, String accessibilityInfo, String phone, String email,
            int slotMinutes) {
        if (slotMinutes < 5 || slotMinutes > 120) {
            throw new IllegalArgumentException("Slot length must be 5 to 120 minutes");
        }
        this.name = name;
        this.address = address;
        this.room = room;
        this.accessibilityInfo = accessibilityInfo;
        this.phone = phone;
        this.email = email;
        this.slotMinutes = slotMinutes;
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
