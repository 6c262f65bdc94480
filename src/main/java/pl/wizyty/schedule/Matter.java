package pl.wizyty.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A matter ("sprawa") a resident can come for, e.g. an ID card application, and the offices that handle it. */
@Entity
@Table(name = "matter")
public class Matter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    /** One item per line. */
    @Column(name = "what_to_bring", length = 2000)
    private String whatToBring;

    @Column(name = "bookable_online", nullable = false)
    private boolean bookableOnline;

    @Column(name = "min_notice_hours", nullable = false)
    private int minNoticeHours;

    @Column(name = "max_days_ahead", nullable = false)
    private int maxDaysAhead;

    @ManyToMany
    @JoinTable(name = "matter_office", joinColumns = @JoinColumn(name = "matter_id"),
            inverseJoinColumns = @JoinColumn(name = "office_id"))
    private Set<Office> offices = new HashSet<>();

    @Version
    private long version;

    protected Matter() {
    }

    public Matter(String name, String description, int durationMinutes, List<String> whatToBring,
            boolean bookableOnline, int minNoticeHours, int maxDaysAhead) {
        if (durationMinutes < 5 || durationMinutes > 480) {
            throw new IllegalArgumentException("Duration must be 5 to 480 minutes");
        }
        if (minNoticeHours < 0 || maxDaysAhead < 1) {
            throw new IllegalArgumentException("Booking window is empty");
        }
        this.name = name;
        this.description = description;
        this.durationMinutes = durationMinutes;
        this.whatToBring = String.join("\n", whatToBring);
        this.bookableOnline = bookableOnline;
        this.minNoticeHours = minNoticeHours;
        this.maxDaysAhead = maxDaysAhead;
    }

    public void handledBy(Office office) {
        offices.add(office);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public List<String> getWhatToBring() {
        return whatToBring == null || whatToBring.isBlank() ? List.of()
                : Arrays.stream(whatToBring.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean isBookableOnline() {
        return bookableOnline;
    }

    public int getMinNoticeHours() {
        return minNoticeHours;
    }

    public int getMaxDaysAhead() {
        return maxDaysAhead;
    }

    public Set<Office> getOffices() {
        return Set.copyOf(offices);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Matter other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Matter.class.hashCode();
    }
}
