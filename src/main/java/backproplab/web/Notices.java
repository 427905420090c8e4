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

    /** Replaces the notes of one kind ({@code source}, e.g. "link" or "training") with these. */
    public static void set(String source, List<String> messages) {
        HTMLElement box = box();
        if (box == null) {
            return;
        }
        for (HTMLElement old = first(box, source); old != null; old = first(box, source)) {
            box.removeChild(old);
        }
        for (String m : messages) {
            HTMLElement p = Dom.el("p", "notice", m);
            p.setAttribute("data-source", source);
            box.appendChild(p);
        }
        box.setHidden(box.getChildNodes().getLength() == 0);
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
            p.appendChild(Dom.document().createTextNode(" "));
            p.appendChild(button);
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
