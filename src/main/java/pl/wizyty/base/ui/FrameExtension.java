package pl.wizyty.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A feature's contribution to the frame of every page, e.g. the cookie banner above the skip link or the
 * accessibility-mode button among the header tools. Features implement it as Spring beans; the frame asks them for
 * their component each time it is built, so the frame never depends on the features (no package cycles).
 */
public interface FrameExtension {

    enum Slot {
        /** Above the skip link, before anything else on the page (the cookie banner). */
        PRELUDE,
        /** Among the header tools, before the language switch (the accessibility mode). */
        HEADER_TOOLS
    }

    /** The order among extensions of the same slot; lower first. */
    default int order() {
        return 0;
    }

    /** This extension's component for the slot, or empty when it has none there. */
    Optional<Component> create(Slot slot);
}
