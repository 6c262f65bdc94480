package pl.wizyty.accessibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A signed-in person's accessibility preferences, kept with their account (one row per account). */
@Entity
@Table(name = "accessibility_preferences")
class SavedPreferences {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "text_size", nullable = false)
    private int textSize;

    @Column(name = "high_contrast", nullable = false)
    private boolean highContrast;

    @Column(name = "underlined_links", nullable = false)
    private boolean underlinedLinks;

    @Column(name = "more_spacing", nullable = false)
    private boolean moreSpacing;

    @Column(name = "reduced_motion", nullable = false)
    private boolean reducedMotion;

    @Column(name = "readable_font", nullable = false)
    private boolean readableFont;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected SavedPreferences() {
    }

    SavedPreferences(long accountId) {
        this.accountId = accountId;
    }

    void change(AccessibilityPreferences preferences, Instant now) {
        textSize = preferences.textSize().percent();
        highContrast = preferences.highContrast();
        underlinedLinks = preferences.underlinedLinks();
        moreSpacing = preferences.moreSpacing();
        reducedMotion = preferences.reducedMotion();
        readableFont = preferences.readableFont();
        updatedAt = now;
    }

    AccessibilityPreferences preferences() {
        return new AccessibilityPreferences(TextSize.ofPercent(textSize), highContrast, underlinedLinks, moreSpacing,
                reducedMotion, readableFont);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SavedPreferences other && accountId != null
                && accountId.equals(other.accountId);
    }

    @Override
    public int hashCode() {
        return SavedPreferences.class.hashCode();
    }
}
