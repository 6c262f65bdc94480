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
import pl.wizyty.base.RuleViolation;
import pl.wizyty.base.Texts;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A matter ("sprawa") a resident can come for, e.g. an ID card application, and the offices that handle it. */
@Entity
@Table(name = "matter")
public class Matter {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 2000;
    public static final int KEYWORDS_MAX = 500;
    public static final int DURATION_MIN = 5;
    public static final int DURATION_MAX = 480;
    public static final int NOTICE_MAX = 24 * 14;
    public static final int DAYS_AHEAD_MAX = 730;

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

    @Column(name = "name_en", length = NAME_MAX)
    private String nameEn;

    @Column(name = "description_en", length = TEXT_MAX)
    private String descriptionEn;

    @Column(name = "what_to_bring_en", length = TEXT_MAX)
    private String whatToBringEn;

    /** Other words residents search with, e.g. "meldunek" for "Zameldowanie na pobyt stały". */
    @Column(length = KEYWORDS_MAX)
    private String keywords;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Matter() {
    }

    public Matter(String name, String description, int durationMinutes, List<String> whatToBring,
            boolean bookableOnline, int minNoticeHours, int maxDaysAhead) {
        update(new Wording(name, description, String.join("\n", whatToBring), null, null, null, null),
                durationMinutes, bookableOnline, minNoticeHours, maxDaysAhead, true);
    }

    /** The texts of a matter: Polish ones required where residents need them, English ones optional. */
    public record Wording(String name, String description, String whatToBring, String nameEn, String descriptionEn,
            String whatToBringEn, String keywords) {
    }

    /** Changes what an admin edits; each rule refuses with the field it is about. */
    public void update(Wording texts, int durationMinutes, boolean bookableOnline, int minNoticeHours,
            int maxDaysAhead, boolean active) {
        if (durationMinutes < DURATION_MIN || durationMinutes > DURATION_MAX) {
            throw RuleViolation.onField("durationMinutes", "admin.matter.duration.range", DURATION_MIN, DURATION_MAX);
        }
        if (minNoticeHours < 0 || minNoticeHours > NOTICE_MAX) {
            throw RuleViolation.onField("minNoticeHours", "admin.matter.notice.range", NOTICE_MAX);
        }
        if (maxDaysAhead < 1 || maxDaysAhead > DAYS_AHEAD_MAX) {
            throw RuleViolation.onField("maxDaysAhead", "admin.matter.daysAhead.range", DAYS_AHEAD_MAX);
        }
        this.name = Texts.required("name", texts.name(), NAME_MAX);
        this.description = Texts.optional("description", texts.description(), TEXT_MAX);
        this.whatToBring = Texts.optional("whatToBring", texts.whatToBring(), TEXT_MAX);
        this.nameEn = Texts.optional("nameEn", texts.nameEn(), NAME_MAX);
        this.descriptionEn = Texts.optional("descriptionEn", texts.descriptionEn(), TEXT_MAX);
        this.whatToBringEn = Texts.optional("whatToBringEn", texts.whatToBringEn(), TEXT_MAX);
        this.keywords = Texts.optional("keywords", texts.keywords(), KEYWORDS_MAX);
        this.durationMinutes = durationMinutes;
        this.bookableOnline = bookableOnline;
        this.minNoticeHours = minNoticeHours;
        this.maxDaysAhead = maxDaysAhead;
        this.active = active;
    }

    /** Handled by this one office from now on (the admin screens give a matter one office). */
    public void handledOnlyBy(Office office) {
        offices.clear();
        offices.add(office);
    }

    public Wording wording() {
        return new Wording(name, description, whatToBring, nameEn, descriptionEn, whatToBringEn, keywords);
    }

    public boolean isActive() {
        return active;
    }

    public String getKeywords() {
        return keywords;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public List<String> getWhatToBringEn() {
        return lines(whatToBringEn);
    }

    public long getVersion() {
        return version;
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
        return lines(whatToBring);
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
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
