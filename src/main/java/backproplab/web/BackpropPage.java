package backproplab.web;

import backproplab.autodiff.Program;
import backproplab.autodiff.Step;
import backproplab.page.BackpropLesson;
import backproplab.render.GraphView;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import org.teavm.jso.dom.html.TextRectangle;

/**
 * backprop.html: binds {@link BackpropLesson}, which holds the graph, the step and every sentence
 * and number, to the page's graph, panels and link ({@link BackpropHash}); the program box and
 * the input boxes are {@link BackpropForm}'s (docs/architecture.md).
 */
public final class BackpropPage {
    private final BackpropLesson lesson = new BackpropLesson();
    private final HTMLCanvasElement canvas = Dom.byId("bp-canvas");
    private final HTMLElement canvasWrap = Dom.byId("bp-canvas-wrap");
    private final CanvasSurface surface = new CanvasSurface(canvas);
    private final HTMLSelectElement speedBox = Dom.byId("bp-speed");
    private final HTMLSelectElement nodePick = Dom.byId("bp-node-pick");
    private final BackpropForm form = new BackpropForm(lesson, this::rebuilt, this::refresh);
    private Player player;
    private GraphView view;
    private int shownStep = -1;
    private double animationStart = -1;
    private double progress = 1;
    private boolean frameRequested;

    private BackpropPage() {
    }

    public static void start() {
        new BackpropPage().init();
    }

    private void init() {
        player = new Player(lesson, this::played, Dom.byId("bp-play"));
        wire();
        SiteChrome.onContrastChange(this::redraw);
        readHash(Address.hash());
    }

    /** Applies a hash: the program (or the worked example) or the network, its inputs, the step; problems as notices. */
    private void readHash(String hash) {
        BackpropHash.Parsed parsed = BackpropHash.parse(hash);
        BackpropHash h = parsed.state();
        List<String> notices = new ArrayList<>(parsed.notices());
        notices.addAll(lesson.open(h.program(), h.inputs(), h.network(), h.step(), h.view().equals(BackpropHash.MLP)));
        Notices.set("link", notices);
        rebuilt();
    }

    /** After a new graph or view: the panels of the view, the boxes, the node picker, and everything shown. */
    private void rebuilt() {
        player.pause();
        boolean network = lesson.network();
        Dom.byId("bp-view-expr").setAttribute("aria-pressed", Boolean.toString(!network));
        Dom.byId("bp-view-mlp").setAttribute("aria-pressed", Boolean.toString(network));
        Dom.show(Dom.byId("bp-mlp-about"), network);
        Dom.show(Dom.byId("bp-algo-panel"), network);
        Dom.text("bp-mlp-about", network ? lesson.about() : "");
        form.rebuilt();
        LessonPages.options(nodePick, lesson.nodeChoices());
        nodePick.setValue(Integer.toString(lesson.selected()));
        moved(false);
    }

    /** Whether the step shown is one on from the last: then it animates. */
    private void played() {
        if (lesson.step() != shownStep) {
            moved(lesson.step() == shownStep + 1);
        }
    }

    private void moved(boolean animate) {
        shownStep = lesson.step();
        animationStart = -1;
        progress = animate && !Dom.reducedMotion() ? 0 : 1;
        refresh();
        followStep();
        if (progress < 1) {
            requestFrame();
        }
    }

    /** A step or jump by hand: play pauses first. */
    private void byHand(Runnable move) {
        player.pause();
        move.run();
        moved(false);
    }

    /** Where the graph is wider than its box (on a phone), scrolls the box to bring the step's node into sight. */
    private void followStep() {
        Step last = lesson.state().last();
        GraphView.Box b = last == null || view == null ? null : view.box(last.node());
        if (b == null) {
            return;
        }
        int left = canvasWrap.getScrollLeft();
        int shown = canvasWrap.getClientWidth();
        if (b.cx() - b.w() / 2 < left || b.cx() + b.w() / 2 > left + shown) {
            canvasWrap.setScrollLeft((int) Math.round(b.cx() - shown / 2.0));
        }
    }

    private void wire() {
        Dom.on(speedBox, "change", e -> setSpeed());
        setSpeed();
        Dom.on(Dom.byId("bp-reset"), "click", e -> byHand(() -> lesson.goTo(0)));
        Dom.on(Dom.byId("bp-back"), "click", e -> byHand(() -> lesson.goTo(lesson.step() - 1)));
        Dom.on(Dom.byId("bp-step"), "click", e -> player.stepOnce());
        Dom.on(Dom.byId("bp-end-forward"), "click", e -> byHand(lesson::endOfForward));
        Dom.on(Dom.byId("bp-end-backward"), "click", e -> byHand(lesson::endOfBackward));
        Dom.on(canvas, "click", e -> {
            MouseEvent m = (MouseEvent) e;
            TextRectangle r = canvas.getBoundingClientRect();
            lesson.click(view == null ? -1 : view.nodeAt(m.getClientX() - r.getLeft(), m.getClientY() - r.getTop()));
            selected();
        });
        Dom.on(nodePick, "change", e -> {
            Double id = BackpropHash.number(nodePick.getValue());
            lesson.select(id == null ? -1 : id.intValue());
            selected();
        });
        Dom.on(Dom.byId("bp-view-mlp"), "click", e -> {
            if (!lesson.network()) {
                lesson.showNetworkView();
                rebuilt();
            }
        });
        Dom.on(Dom.byId("bp-view-expr"), "click", e -> {
            if (lesson.network()) {
                lesson.showExpression();
                rebuilt();
            }
        });
        Dom.on(Dom.document().getBody(), "keydown", e -> onKey((KeyboardEvent) e));
        Window.current().addEventListener("resize", Notices.guard(e -> redraw()));
        // replaceState (our own writes) fires no hashchange: this is a link followed or a hash typed
        Window.current().addEventListener("hashchange", Notices.guard(e -> readHash(Address.hash())));
    }

    private void setSpeed() {
        Double s = BackpropHash.number(speedBox.getValue());
        lesson.setSpeed(s == null ? 1 : s);
    }

    private void onKey(KeyboardEvent e) {
        if (e.isCtrlKey() || e.isAltKey() || e.isMetaKey()) {
            return;
        }
        String tag = ((HTMLElement) e.getTarget()).getTagName();
        if (tag.equals("INPUT") || tag.equals("TEXTAREA") || tag.equals("SELECT")) {
            return; // typing, not stepping
        }
        switch (e.getKey()) {
            case "ArrowRight" -> player.stepOnce();
            case "ArrowLeft" -> byHand(() -> lesson.goTo(lesson.step() - 1));
            case " " -> {
                if (tag.equals("BUTTON")) {
                    return; // space presses the focused button
                }
                player.toggle();
            }
            default -> {
                return;
            }
        }
        e.preventDefault();
    }

    private void selected() {
        nodePick.setValue(Integer.toString(lesson.selected()));
        BackpropPanels.showDetails(lesson);
        redraw();
    }

    // ---- showing ----------------------------------------------------------------------------

    /** Every text and the picture from the lesson, and the link. */
    private void refresh() {
        String problem = lesson.problem();
        Dom.text("bp-problem", problem == null ? "" : problem);
        Dom.show(Dom.byId("bp-problem"), problem != null);
        Dom.text("bp-progress", lesson.progress());
        Dom.text("bp-phase", lesson.phase());
        ((HTMLButtonElement) Dom.byId("bp-back")).setDisabled(lesson.step() == 0);
        ((HTMLButtonElement) Dom.byId("bp-reset")).setDisabled(lesson.step() == 0);
        ((HTMLButtonElement) Dom.byId("bp-step")).setDisabled(!lesson.hasNext());
        BackpropPanels.show(lesson);
        Dom.text("bp-caption", lesson.caption());
        redraw();
        writeHash();
    }

    private void redraw() {
        boolean projector = SiteChrome.isHighContrast();
        double width = Math.max(200, canvasWrap.getClientWidth());
        view = GraphView.forWidth(width, projector);
        // wider than the box when the graph would not be legible in it: the box then scrolls sideways
        double[] size = view.preferredSize(surface, lesson.trace(), lesson.layout(), width);
        if (surface.width() != size[0] || surface.height() != size[1]) {
            surface.resize(size[0], size[1]);
        }
        view.draw(surface, lesson.trace(), lesson.state(), lesson.layout(), lesson.selected(), progress);
        canvas.setAttribute("aria-label", lesson.canvasLabel());
    }

    private void requestFrame() {
        if (frameRequested) {
            return;
        }
        frameRequested = true;
        Window.requestAnimationFrame(time -> {
            frameRequested = false;
            LessonPages.guarded(() -> {
                if (animationStart < 0) {
                    animationStart = time;
                }
                progress = Math.min(1, (time - animationStart) / lesson.animationMs());
                redraw();
                if (progress < 1) {
                    requestFrame();
                }
            });
        });
    }

    private void writeHash() {
        String hash = new BackpropHash(lesson.program(), lesson.linkInputs(), lesson.step(),
                lesson.network() ? BackpropHash.MLP : BackpropHash.EXPRESSION, lesson.linkNetwork())
                .toHash(Program.WORKED_EXAMPLE);
        String kept = SiteChrome.keepEmbed(hash.startsWith("#") ? hash.substring(1) : hash);
        Address.replace(kept.isEmpty() ? "" : "#" + kept);
    }
}
