package backproplab.web;

import backproplab.page.Choice;
import backproplab.render.Palette;
import backproplab.render.Style;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * What the lesson pages share: their link in the URL hash,
 * the drawing style for the current width and projector mode, and a few DOM chores.
 */
final class LessonPages {
    private LessonPages() {
    }

    /**
     * Puts the page's state into its link without adding a history entry per slider move; where
     * the browser refuses that, as a plain hash change.
     */
    static void setHash(String text) {
        String full = SiteChrome.keepEmbed(text);
        if (!full.equals(Address.hashText()) && !Address.replace("#" + full)) {
            Window.current().getLocation().setHash("#" + full);
        }
    }

    @JSBody(params = "e", script = "return e === document.activeElement;")
    static native boolean hasFocus(HTMLElement e);

    /** Canvas pictures grow with the canvas (larger text on a projector-sized plot) and in projector mode. */
    static Style style(double canvasWidth) {
        boolean projector = SiteChrome.isHighContrast();
        double scale = (canvasWidth >= 900 ? 1.25 : canvasWidth >= 600 ? 1.1 : 1) * (projector ? 1.3 : 1);
        return Style.of(projector ? Palette.HIGH_CONTRAST : Palette.STANDARD, scale);
    }

    /** The width available inside an element (its content box), at least 200 px. */
    static double widthOf(HTMLElement box) {
        return Math.max(200, box.getClientWidth());
    }

    /**
     * A canvas height: {@code share} of its width, within [min, max], and at most {@code screenShare}
     * of the window's height, so that on a laptop or projector the picture fits beside its controls.
     */
    static double heightFor(double width, double share, double min, double max, double screenShare) {
        double screen = Window.current().getInnerHeight() * screenShare;
        return Math.max(min, Math.min(Math.min(max, screen), width * share));
    }

    /** Replaces a select's options with these. */
    static void options(HTMLSelectElement select, List<Choice> choices) {
        Dom.clear(select);
        for (Choice c : choices) {
            HTMLElement o = Dom.el("option", null, c.label());
            o.setAttribute("value", c.value());
            select.appendChild(o);
        }
    }

    /** Re-runs {@code redraw} when the window changes size or the projector mode changes. */
    static void onLayoutChange(Runnable redraw) {
        Window.current().addEventListener("resize", Notices.guard(e -> redraw.run()));
        SiteChrome.onContrastChange(redraw);
    }

    /** Runs {@code action}, showing a failure as a notice instead of losing it (timer callbacks). */
    static void guarded(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            Notices.set("error", "Something went wrong: " + e.getMessage() + ". The page keeps working; please report this.");
        }
    }
}
