package backproplab.web;

import backproplab.text.JsNumber;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The few DOM operations every page needs. Text goes in as text (textContent), never as HTML:
 * nothing from a link, a file or a text box is ever parsed as markup.
 */
public final class Dom {
    private Dom() {
    }

    public static HTMLDocument document() {
        return HTMLDocument.current();
    }

    /** The element with this id; a missing one is a bug in the page, reported by name. */
    @SuppressWarnings("unchecked")
    public static <T extends HTMLElement> T byId(String id) {
        HTMLElement e = document().getElementById(id);
        if (e == null) {
            throw new IllegalStateException("the page has no element #" + id);
        }
        return (T) e;
    }

    /** A CSS length in pixels, e.g. "12.5px". */
    public static String px(double x) {
        return JsNumber.format(x) + "px";
    }

    /** A new element with an optional class and text. */
    public static HTMLElement el(String tag, String className, String text) {
        HTMLElement e = document().createElement(tag);
        if (className != null) {
            e.setClassName(className);
        }
        if (text != null) {
            e.setTextContent(text);
        }
        return e;
    }

    /** Listens for {@code type}; a failure inside the handler is shown on the page, not lost. */
    public static <E extends Event> void on(HTMLElement target, String type, EventListener<E> handler) {
        target.addEventListener(type, Notices.guard(handler));
    }

    public static void text(String id, String text) {
        byId(id).setTextContent(text);
    }

    /** Adds or removes a class (TeaVM's DOMTokenList has no two-argument toggle). */
    public static void setClass(HTMLElement e, String name, boolean on) {
        if (on) {
            e.getClassList().add(name);
        } else {
            e.getClassList().remove(name);
        }
    }

    public static void show(HTMLElement e, boolean shown) {
        e.setHidden(!shown);
    }

    /** Removes every child of e. */
    public static void clear(HTMLElement e) {
        while (e.getFirstChild() != null) {
            e.removeChild(e.getFirstChild());
        }
    }

    /** Whether the student asked the system for less motion: animations then jump to their end. */
    @JSBody(script = "try { return window.matchMedia('(prefers-reduced-motion: reduce)').matches; }"
            + " catch (e) { return false; }")
    public static native boolean reducedMotion();

    /** Scrolls the page so that {@code e}'s top is at the window's top: smoothly, unless motion is reduced. */
    public static void scrollToTop(HTMLElement e) {
        scrollIntoView(e, reducedMotion() ? "auto" : "smooth");
    }

    @JSBody(params = {"e", "behavior"}, script = "e.scrollIntoView({block: 'start', behavior: behavior});")
    private static native void scrollIntoView(HTMLElement e, String behavior);
}
