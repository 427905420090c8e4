package backproplab.web;

import backproplab.page.Steps;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Play, pause and step for every lesson page, on animation frames: a step is taken once the
 * previous one has been shown for its dwell time over the speed. Several short steps may fall in
 * one frame (a perceptron's updates at high speed), at most {@link #MAX_STEPS_PER_FRAME}.
 */
final class Player {
    /** Keeps a frame short when a step's dwell is far below a frame's length. */
    private static final int MAX_STEPS_PER_FRAME = 200;

    private final Steps steps;
    private final Runnable shown;
    private final HTMLElement button;
    private boolean playing;
    private double speed = 1;
    private String playLabel = "Play";
    private double last = -1;
    private double waited;

    /**
     * @param shown called after every step and every change of playing, to redraw the page
     * @param button the Play/Pause button: its text and aria-pressed follow the state
     */
    Player(Steps steps, Runnable shown, HTMLElement button) {
        this.steps = steps;
        this.shown = shown;
        this.button = button;
        Dom.on(button, "click", e -> LessonPages.guarded(this::toggle));
        showButton();
    }

    /** The button's text while paused ("Play" unless a page names its run otherwise). */
    void setPlayLabel(String label) {
        playLabel = label;
        showButton();
    }

    boolean playing() {
        return playing;
    }

    /** Steps per dwell: 2 shows each step half as long. */
    void setSpeed(double speed) {
        this.speed = speed;
    }

    void toggle() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    void play() {
        if (playing) {
            return;
        }
        if (!steps.hasNext()) {
            steps.rewind();
        }
        playing = true;
        last = -1;
        waited = 0;
        showButton();
        shown.run();
        Window.requestAnimationFrame(this::frame);
    }

    void pause() {
        if (!playing) {
            return;
        }
        playing = false;
        showButton();
        shown.run();
    }

    /** One step by hand: pauses first, as a Step button does. */
    void stepOnce() {
        playing = false;
        showButton();
        if (steps.hasNext()) {
            steps.next();
        }
        shown.run();
    }

    private void frame(double now) {
        if (!playing) {
            return;
        }
        LessonPages.guarded(() -> advance(now));
        if (playing) {
            Window.requestAnimationFrame(this::frame);
        }
    }

    private void advance(double now) {
        waited += last < 0 ? 0 : now - last;
        last = now;
        int taken = 0;
        while (playing && steps.hasNext() && taken < MAX_STEPS_PER_FRAME && waited >= steps.dwellMs() / speed) {
            waited -= steps.dwellMs() / speed;
            steps.next();
            taken++;
        }
        if (!steps.hasNext()) {
            playing = false;
            showButton();
        }
        if (taken > 0 || !playing) {
            shown.run();
        }
        if (taken == MAX_STEPS_PER_FRAME) {
            waited = 0; // a slow frame must not queue up steps for the next
        }
    }

    private void showButton() {
        button.setTextContent(playing ? "Pause" : playLabel);
        button.setAttribute("aria-pressed", Boolean.toString(playing));
    }
}
