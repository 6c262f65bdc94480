package pl.wizyty.e2e.pages;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;

/**
 * What a person with large text or a small screen needs of a screen: every visible button, link and form field lies
 * fully inside the viewport horizontally (its bounding box, so a control pushed past the edge of a clipping grid is
 * found although the page itself never scrolls sideways), and no element with text, and no element that clips its
 * content, is wider inside than its own box ({@code scrollWidth > clientWidth} on the element itself).
 */
public final class LayoutCheck {

    /** Returns how many controls were measured and what does not fit, within the scope (or the whole body). */
    private static final String MEASURE = """
            scope => {
              const vw = document.documentElement.clientWidth;
              const root = scope ? document.querySelector(scope) : document.body;
              if (!root) return { controls: 0, problems: ['nothing matches ' + scope] };
              const visible = e => { const r = e.getBoundingClientRect();
                return r.width > 1 && r.height > 1 && e.checkVisibility({ visibilityProperty: true }); };
              const name = e => e.localName
                  + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                  + ' "' + (e.getAttribute('aria-label') || e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
              const controls = 'a[href], button, input, select, textarea, vaadin-button, vaadin-menu-bar-button,'
                  + ' vaadin-text-field, vaadin-email-field, vaadin-password-field, vaadin-text-area, vaadin-date-picker,'
                  + ' vaadin-select, vaadin-checkbox, vaadin-radio-button, vaadin-combo-box';
              const problems = [];
              let count = 0;
              for (const e of root.querySelectorAll(controls)) {
                if (!visible(e)) continue;
                count++;
                const r = e.getBoundingClientRect();
                if (r.left < -0.5 || r.right > vw + 0.5) {
                  problems.push(name(e) + ' lies at x ' + Math.round(r.left) + '..' + Math.round(r.right)
                      + ', outside 0..' + vw);
                }
              }
              // A field scrolls its own value sideways, as every text field does; its box is measured above.
              for (const e of [root, ...root.querySelectorAll('*')]) {
                if (!visible(e) || e.clientWidth === 0 || e.matches('input, textarea')) continue;
                const overflow = getComputedStyle(e).overflowX;
                const text = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())
                    || e.localName.startsWith('vaadin-');
                const clips = overflow === 'hidden' || overflow === 'clip';
                if ((text || clips) && overflow !== 'auto' && overflow !== 'scroll'
                    && e.scrollWidth > e.clientWidth + 1) {
                  problems.push(name(e) + ' is wider inside than its box: scrollWidth ' + e.scrollWidth
                      + ' > clientWidth ' + e.clientWidth);
                }
              }
              return { controls: count, problems };
            }""";

    private LayoutCheck() {
    }

    /** The result of measuring one screen. */
    public record Result(int controls, List<String> problems) {
    }

    /** Measures the whole page, or only within the CSS selector (an open dialog). */
    @SuppressWarnings("unchecked")
    public static Result measure(Page page, String scope) {
        Map<String, Object> result = (Map<String, Object>) page.evaluate(MEASURE, scope);
        return new Result(((Number) result.get("controls")).intValue(), (List<String>) result.get("problems"));
    }

    /**
     * After the root classes changed: no transition under way, and the page kept its size for a whole frame (resize
     * observers have run and their changes are laid out).
     */
    public static void waitForLayout(Page page) {
        AppPage.waitForAnimations(page);
        page.evaluate("() => { window.__wizytyLastSize = undefined; }");
        page.waitForFunction("""
                () => {
                  const e = document.documentElement;
                  const size = e.scrollWidth + 'x' + e.scrollHeight;
                  const same = window.__wizytyLastSize === size;
                  window.__wizytyLastSize = size;
                  return same;
                }""");
    }
}
