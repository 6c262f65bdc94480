package pl.wizyty.accessibility.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import pl.wizyty.accessibility.AccessibilityService;
import pl.wizyty.base.ui.FrameExtension;

/** Puts the "Ułatwienia dostępu" button among the header tools of every page. */
@org.springframework.stereotype.Component
class AccessibilityFrameExtension implements FrameExtension {

    private final AccessibilityService accessibility;

    AccessibilityFrameExtension(AccessibilityService accessibility) {
        this.accessibility = accessibility;
    }

    @Override
    public Optional<Component> create(Slot slot) {
        return slot == Slot.HEADER_TOOLS ? Optional.of(new AccessibilityButton(accessibility)) : Optional.empty();
    }
}
