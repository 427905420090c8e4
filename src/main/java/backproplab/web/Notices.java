package backproplab.web;

import java.util.List;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The page's message area (#notices): readable notes about a link that was repaired, an input
 * that was refused, a training run that diverged. Messages are text, never markup.
 */
public final class Notices {
    private Notices() {
    }

    private static HTMLElement box() {
        return Dom.document().getElementById("notices");
    }

    /**
     * Replaces the notes of one kind ({@code source}, e.g. "link" or "training") with these. A
     * message already shown (by this kind or another) is not shown a second time.
     */
    public static void set(String source, List<String> messages) {
        HTMLElement box = box();
        if (box == null) {
            return;
        }
        for (HTMLElement old = first(box, source); old != null; old = first(box, source)) {
            box.removeChild(old);
        }
        for (String m : messages) {
            if (!shows(box, m)) {
                box.appendChild(note(source, m));
            }
        }
        box.setHidden(box.getFirstChild() == null);
    }

    /** A note: its text, then a button that dismisses it (the students decide what they have read). */
    private static HTMLElement note(String source, String message) {
        HTMLElement p = Dom.el("p", "notice", null);
        p.setAttribute("data-source", source);
        p.appendChild(Dom.el("span", "notice-text", message));
        HTMLElement dismiss = Dom.el("button", "notice-dismiss", "×");
        dismiss.setAttribute("type", "button");
        dismiss.setAttribute("aria-label", "Dismiss");
        dismiss.setAttribute("title", "Dismiss");
        Dom.on(dismiss, "click", e -> dismiss(p));
        p.appendChild(dismiss);
        return p;
    }

    /** Removes one note; the keyboard's focus moves to the next note's button (or the one before). */
    private static void dismiss(HTMLElement p) {
        HTMLElement box = box();
        HTMLElement neighbour = (HTMLElement) (p.getNextSibling() != null ? p.getNextSibling() : p.getPreviousSibling());
        box.removeChild(p);
        box.setHidden(neighbour == null);
        if (neighbour != null) {
            ((HTMLElement) neighbour.getLastChild()).focus();
        }
    }

    private static boolean shows(HTMLElement box, String message) {
        for (HTMLElement p = (HTMLElement) box.getFirstChild(); p != null; p = (HTMLElement) p.getNextSibling()) {
            if (message.equals(p.getFirstChild().getTextContent())) {
                return true;
            }
        }
        return false;
    }

    public static void set(String source, String message) {
        set(source, message == null ? List.of() : List.of(message));
    }

    /** One note with a button after it that does {@code action}. */
    public static void withAction(String source, String message, String label, Runnable action) {
        set(source, message);
        HTMLElement p = first(box(), source);
        if (p != null) {
            HTMLElement button = Dom.el("button", "notice-action", label);
            button.setAttribute("type", "button");
            Dom.on(button, "click", e -> action.run());
            p.insertBefore(button, p.getLastChild()); // between the text and the dismiss button
        }
    }

    private static HTMLElement first(HTMLElement box, String source) {
        return (HTMLElement) box.querySelector("[data-source=\"" + source + "\"]");
    }

    /** Wraps an event handler so that an unexpected failure is shown and the page keeps working. */
    public static <E extends Event> EventListener<E> guard(EventListener<E> handler) {
        return event -> {
            try {
                handler.handleEvent(event);
            } catch (RuntimeException e) {
                set("error", "Something went wrong: " + e.getMessage() + ". The page keeps working; please report this.");
            }
        };
    }
}
