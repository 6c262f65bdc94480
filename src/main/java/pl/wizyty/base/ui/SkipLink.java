package pl.wizyty.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;

/**
 * "Przejdź do treści": the first focusable element of every page. It moves keyboard focus (not only the scroll
 * position) to the main content, so the next Tab continues from there.
 */
class SkipLink extends Anchor {

    SkipLink(String targetId) {
        setHref("#" + targetId);
        setRouterIgnore(true);
        addClassName("skip-link");
        getElement().setAttribute("data-target", targetId);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setText(getTranslation("frame.skipLink"));
        getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const target = document.getElementById(this.dataset.target);
                  if (target) { target.focus(); target.scrollIntoView(); }
                });""");
    }
}
