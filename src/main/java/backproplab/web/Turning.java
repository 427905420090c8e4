package backproplab.web;

import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Turning a 3-D picture on a canvas: dragging with a pointer (mouse, pen or finger), or the
 * arrow keys while it has the focus, which the page's own arrow keys then leave alone.
 */
final class Turning {
    /** Receives a turn about the vertical (yaw) and a tilt (pitch), radians. */
    interface Turn {
        void by(double yaw, double pitch);
    }

    private double dragX = Double.NaN;
    private double dragY;

    /** @param upPitch the tilt ↑ gives (↓ the opposite): each picture's "up" is its own */
    static void attach(HTMLElement canvas, double upPitch, Turn turn) {
        Turning t = new Turning();
        Dom.<KeyboardEvent>on(canvas, "keydown", e -> {
            switch (e.getKey()) {
                case "ArrowLeft": turn.by(-0.15, 0); break;
                case "ArrowRight": turn.by(0.15, 0); break;
                case "ArrowUp": turn.by(0, upPitch); break;
                case "ArrowDown": turn.by(0, -upPitch); break;
                default: return;
            }
            e.preventDefault();
        });
        Dom.<MouseEvent>on(canvas, "pointerdown", e -> {
            t.dragX = e.getClientX();
            t.dragY = e.getClientY();
        });
        Dom.<MouseEvent>on(canvas, "pointermove", e -> {
            if (t.dragX == t.dragX) {
                turn.by((e.getClientX() - t.dragX) * 0.01, (e.getClientY() - t.dragY) * 0.01);
                t.dragX = e.getClientX();
                t.dragY = e.getClientY();
            }
        });
        Dom.<MouseEvent>on(canvas, "pointerup", e -> t.dragX = Double.NaN);
        Dom.<MouseEvent>on(canvas, "pointerleave", e -> t.dragX = Double.NaN);
    }
}
