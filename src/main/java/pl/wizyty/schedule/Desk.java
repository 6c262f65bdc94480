package pl.wizyty.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Texts;
import java.util.HashSet;
import java.util.Set;

/** A desk ("stanowisko") in an office. Each desk serves one visitor at a time; the desks are the capacity. */
@Entity
@Table(name = "desk")
public class Desk {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_id")
    private Office office;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToMany
    @JoinTable(name = "desk_matter", joinColumns = @JoinColumn(name = "desk_id"),
            inverseJoinColumns = @JoinColumn(name = "matter_id"))
    private Set<Matter> matters = new HashSet<>();

    @Version
    private long version;

    protected Desk() {
    }

    public Desk(Office office, String name) {
        this.office = office;
        this.name = Texts.required("name", name, NAME_MAX);
    }

    /** Renames the desk, sets what it serves (only matters of its own office) and whether it takes visits. */
    public void update(String newName, Collection<Matter> served, boolean nowActive) {
        this.name = Texts.required("name", newName, NAME_MAX);
        if (served.stream().anyMatch(matter -> !matter.getOffices().contains(office))) {
            throw RuleViolation.onField("matters", "admin.desk.matterOfOtherOffice");
        }
        this.matters.clear();
        this.matters.addAll(served);
        this.active = nowActive;
    }

    public Set<Matter> getMatters() {
        return matters;
    }

    public long getVersion() {
        return version;
    }

    public void handles(Matter matter) {
        matters.add(matter);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Office getOffice() {
        return office;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Desk other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Desk.class.hashCode();
    }
}
