package backproplab.web;

import backproplab.playground.Link;
import backproplab.playground.ModelFile;
import backproplab.playground.Playground;
import backproplab.render.Style;
import backproplab.state.HashCodec;
import backproplab.state.PlaygroundState;
import backproplab.text.Fmt;
import backproplab.text.Texts;
import java.util.List;
import java.util.function.UnaryOperator;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The playground page (index.html): one {@link Playground} model, the state in the URL hash,
 * and the animation loop. The panels are separate classes: {@link PlaygroundControls} (the
 * bar and sliders), {@link PlaygroundData} (data sets, the student's own points, CSV),
 * {@link PlaygroundDiagram} (features and network) and {@link PlaygroundOutput} (heatmap,
 * loss chart, figures). Every change goes through {@link #change}, which updates the model,
 * the hash and the panels.
 *
 * <p>Per animation frame, while playing, the loop first evaluates a slice of the grid the
 * pictures are made of (about {@value #GRID_SLICE_MS} ms of it; on a large network one
 * evaluation spreads over several frames) and redraws the pictures when an evaluation is
 * complete (the output that frame, the network diagram the next); then it trains up to
 * {@code speed} epochs, stopping once the frame's budget is used
 * (at least one epoch a frame). A new evaluation begins only once twice the time the last
 * pictures took has passed, and at most every other frame, so the pictures get at most about
 * half of the time and every frame stays short however large the network. A pause always finds
 * the next frame requested (playing, each frame requests the next), and that frame brings the
 * pictures up to date at once.
 */
public final class PlaygroundPage {
    /** Cells per side of the grid every picture is computed on. */
    static final int GRID = 100;
    /**
     * Milliseconds a frame may spend on training and pictures together, leaving the browser the rest
     * of 16.7 ms for its own painting: frames before epochs (docs/benchmarks.md, "frame budget").
     */
    private static final double FRAME_BUDGET_MS = 6;
    /** While playing, the grid's share of a frame. */
    private static final double GRID_SLICE_MS = 2;
    /**
     * While playing, pictures begin at most this often: every other frame at 60 Hz. Changed canvases
     * cost the browser its own painting too (more than the drawing itself on the spiral demo),
     * which picture-time does not see.
     */
    private static final double MIN_PICTURES_INTERVAL_MS = 30;

    /** The panels a course page may ask for ({@code embed=output,network}): the link's name and the panel's class. */
    private static final String[][] PANELS = {{"data", "pg-data"}, {"network", "pg-network"}, {"output", "pg-output"}, {"controls", "pg-bar"}};

    /** Where the last session's link is kept (see {@link #linkChanged}). */
    static final String SESSION_KEY = "backproplab.playground.session";

    private PlaygroundState state;
    private double lastSaved = Double.NEGATIVE_INFINITY;
    private boolean saveDue;
    private final Playground model;
    private final PlaygroundControls controls;
    private final PlaygroundData data;
    private final PlaygroundDiagram diagram;
    private final PlaygroundOutput output;
    private final PlaygroundTrace trace;
    private final PlaygroundLandscape landscape;
    private Style style;
    private boolean playing;
    /** Grid cells evaluated per ms lately (a running average), to size the slices. */
    private double gridCellsPerMs = 2000;
    /** The grid's time so far in the evaluation under way, ms. */
    private double passMs;
    /** What the last pictures took, their grid slices and their drawing (a running average, ms). */
    private double picturesMs;
    /** When the frame that completed the last pictures began (performance.now(), ms). */
    private double picturesFrameStart = Double.NEGATIVE_INFINITY;
    private boolean frameRequested;
    private boolean picturesDirty = true;
    /** The network diagram of the last completed evaluation waits for the next frame (while playing). */
    private boolean diagramDue;
    private double rateStart = -1;
    private int rateEpochs;

    public static void start() {
        new PlaygroundPage();
    }

    /** Whether the settings were folded once for a narrow screen (after that, the student decides). */
    private boolean settingsFolded;
    /** Whether the heatmap has been painted once (the benchmark times the first paint). */
    private boolean firstPaint;

    private PlaygroundPage() {
        String hash = Address.hash();
        String last = hash.isEmpty() || hash.equals("#") ? SafeStorage.get(SESSION_KEY) : null;
        boolean restored = last != null && !last.isEmpty();
        Link.Read parsed = Link.read(restored ? last : hash);
        state = withSeed(restored ? parsed.state().withoutClassroomKeys() : parsed.state());
        Notices.set("link", parsed.notices());
        if (restored) {
            Notices.withAction("session", "Restored your last session's settings.", "Start fresh", this::startFresh);
        }
        style = currentStyle();
        model = new Playground(state, GRID);
        if (parsed.weights() != null) {
            model.loadParameters(parsed.weights(), parsed.epochs()); // a link with trained weights
        }
        controls = new PlaygroundControls(this);
        data = new PlaygroundData(this);
        diagram = new PlaygroundDiagram(this);
        output = new PlaygroundOutput(this);
        trace = new PlaygroundTrace(this);
        trace.openAt(parsed.trace());
        new PlaygroundShare(this);
        landscape = new PlaygroundLandscape(this);
        landscape.openAt(parsed.landscape());
        new PlaygroundHidden(this);
        SiteChrome.showEmbeddedPanels(PANELS);
        linkChanged();
        output.restartChart();
        showState();
        layout();

        Dom.on(Dom.byId("playButton"), "click", e -> setPlaying(!playing));
        Dom.on(Dom.byId("stepButton"), "click", e -> step());
        Dom.on(Dom.byId("resetButton"), "click", e -> startOver(model::freshWeights));
        Dom.on(Dom.byId("restartButton"), "click", e -> startOver(model::restart));
        Dom.<KeyboardEvent>on(Dom.document().getBody(), "keydown", this::key);
        Window.current().addEventListener("hashchange", Notices.guard((Event e) -> openLink()));
        // "Three things to try", far below, load their configuration up here: the student sees it change
        Dom.on(Dom.byId("tries"), "click", e -> {
            if ("A".equals(((HTMLElement) e.getTarget()).getTagName())) {
                Dom.scrollToTop(Dom.byId("playground"));
            }
        });
        Window.current().addEventListener("resize", Notices.guard((Event e) -> layout()));
        Window.current().addEventListener("pagehide", Notices.guard((Event e) -> saveSession()));
        SiteChrome.onContrastChange(() -> {
            style = currentStyle();
            layout();
        });
    }

    /** An empty seed means "pick one" (TF Playground picks a random one); it goes into the link so the run can be repeated. */
    private static PlaygroundState withSeed(PlaygroundState s) {
        return s.seed().isEmpty() ? s.withSeed(Fmt.fixed(Math.random(), 5)) : s;
    }

    private static Style currentStyle() {
        return Style.playground(SiteChrome.isHighContrast());
    }

    PlaygroundState state() {
        return state;
    }

    Playground model() {
        return model;
    }

    PlaygroundData data() {
        return data;
    }

    Style style() {
        return style;
    }

    PlaygroundTrace trace() {
        return trace;
    }

    /** The single way the configuration changes: model, link, panels. */
    void change(UnaryOperator<PlaygroundState> edit) {
        PlaygroundState next = edit.apply(state);
        if (next.equals(state)) {
            return;
        }
        boolean layoutChanged = !next.networkShape().equals(state.networkShape()) || !next.features().equals(state.features())
                || !next.hiddenFeatures().equals(state.hiddenFeatures()) || next.problem() != state.problem();
        boolean rebuilt = model.apply(next);
        state = next;
        linkChanged();
        if (rebuilt) {
            newRun();
        }
        showState();
        if (layoutChanged || rebuilt) {
            diagram.layout();
        }
        redraw();
    }

    /** A link opened on this page (the explanation's demos, or one pasted into the address bar). */
    private void openLink() {
        Link.Read parsed = Link.read(Address.hash());
        Notices.set("link", parsed.notices());
        Notices.set("session", (String) null); // a link wins over the restored session
        PlaygroundState next = withSeed(parsed.state());
        change(s -> next);
        trace.openAt(parsed.trace());
        landscape.openAt(parsed.landscape());
        if (parsed.weights() != null) {
            model.loadParameters(parsed.weights(), parsed.epochs()); // a link with trained weights
            newRun();
            redraw();
        }
        linkChanged();
    }

    /**
     * The configuration changed: the address bar shows it at once, and it is remembered as the
     * last session (at most once a second while a slider moves, and when the page is left), so
     * that opening the page without a link brings it back. Only the settings: weights would make
     * every write about 10 characters per parameter.
     */
    void linkChanged() {
        Address.replace("#" + SiteChrome.keepEmbed(HashCodec.write(state) + trace.linkPart() + landscape.linkPart()));
        double now = Performance.now();
        if (now - lastSaved >= 1000) {
            saveSession();
        } else if (!saveDue) {
            saveDue = true;
            Window.setTimeout(() -> {
                if (saveDue) {
                    saveSession();
                }
            }, 1000 - (now - lastSaved));
        }
    }

    private void saveSession() {
        if (SiteChrome.isEmbedded()) {
            return; // a course page's frames must not overwrite the student's own last session
        }
        saveDue = false;
        lastSaved = Performance.now();
        SafeStorage.put(SESSION_KEY, Link.write(model, false));
    }

    /** Leaves the restored session for the defaults (a new seed). */
    private void startFresh() {
        Notices.set("session", (String) null);
        change(s -> withSeed(HashCodec.parse("").state()));
    }

    /** A saved model replaces the network, its data and its settings; the link follows. */
    void load(ModelFile.Model saved) {
        setPlaying(false);
        model.load(saved);
        state = model.state();
        linkChanged();
        newRun();
        showState();
        diagram.layout();
        redraw();
    }

    private void showState() {
        controls.show(state);
        data.show(state);
        output.show();
        Dom.byId("explain").setHidden(state.hideText());
    }

    /** Sizes every canvas to the layout (first show, window resize, projector mode). */
    private void layout() {
        // Phones and frames in a course page: the hyperparameters fold away so that the picture
        // comes first; wide screens show them always.
        HTMLElement settings = Dom.byId("settings");
        boolean fold = Window.current().getInnerWidth() < 700 || SiteChrome.isEmbedded();
        if (!fold) {
            settings.setAttribute("open", "");
        } else if (!settingsFolded) {
            settings.removeAttribute("open");
            settingsFolded = true;
        }
        data.layout();
        diagram.layout();
        output.layout();
        redraw();
    }

    /** The network starts over (new network, Reset, or Restart): chart, divergence notice, figures. */
    private void newRun() {
        Notices.set("training", List.of());
        output.restartChart();
        picturesDirty = true;
    }

    void setPlaying(boolean on) {
        if (on && !pointsToTrainOn()) {
            return;
        }
        playing = on;
        controls.showPlaying(on);
        rateStart = -1;
        if (on) {
            trace.close();
            schedule();
        }
    }

    private void step() {
        setPlaying(false);
        if (!pointsToTrainOn()) {
            return;
        }
        trainEpoch();
        endEpochs();
        redraw();
    }

    /** Reset (fresh weights) or Same start (the run's first weights): a new run either way. */
    private void startOver(Runnable how) {
        how.run();
        newRun();
        redraw();
    }

    /**
     * Whether there are training points; if not, says how to add some (and training waits). The
     * notice goes with the next new run, which adding a point starts.
     */
    private boolean pointsToTrainOn() {
        if (model.hasTrainingPoints()) {
            return true;
        }
        Notices.set("training", "There are no points to train on yet. Click or tap the output picture to add some"
                + " (of the class chosen under the data sets: orange −1 or blue +1), or import or paste a CSV there.");
        return false;
    }

    /**
     * One epoch. Whether it diverged is checked in full (the training loss) when its losses are
     * computed for the chart anyway, else only whether the weights are still numbers; {@link
     * #endEpochs} does the full check once per frame.
     */
    private void trainEpoch() {
        model.epoch();
        picturesDirty = true;
        stopIf(output.addEpoch() ? model.divergence() : model.overflow());
    }

    /** After a frame's epochs: the chart's last point and the full divergence check. */
    private void endEpochs() {
        output.latestEpoch();
        stopIf(model.divergence());
    }

    private void stopIf(String divergence) {
        if (divergence != null) {
            setPlaying(false);
            Notices.set("training", "Diverged — lower the learning rate. The training stopped because " + divergence
                    + ". Press Reset to start again with fresh weights.");
        }
    }

    /** The weights were edited by hand: every picture follows at once. */
    void parametersEdited() {
        model.parametersEdited();
        output.refreshFigures();
        redraw();
    }

    /** Asks for a frame that redraws the pictures. */
    void redraw() {
        picturesDirty = true;
        diagramDue = false; // the next pictures draw it
        schedule();
    }

    private void schedule() {
        if (!frameRequested) {
            frameRequested = true;
            Window.requestAnimationFrame(t -> {
                try {
                    frame();
                } catch (RuntimeException e) {
                    setPlaying(false);
                    Notices.set("error", "Something went wrong: " + e.getMessage() + ". Training paused.");
                }
            });
        }
    }

    private void frame() {
        frameRequested = false;
        double frameStart = Performance.now();
        if (playing && !pointsToTrainOn()) {
            setPlaying(false); // the points were cleared while playing
        }
        if (playing) {
            if (diagramDue) {
                drawDueDiagram();
            } else if (picturesDirty && (model.grid().evaluating() || frameStart - picturesFrameStart >= Math.max(2 * picturesMs, MIN_PICTURES_INTERVAL_MS))) {
                sliceOfPictures(frameStart);
            }
            int done = 0;
            do {
                trainEpoch();
                done++;
            } while (playing && done < state.speed() && Performance.now() - frameStart < FRAME_BUDGET_MS);
            endEpochs();
            measureRate(Performance.now(), done);
            if (playing) {
                schedule();
            }
        }
        if (picturesDirty && !playing) { // paused, or the training just stopped: the pictures follow at once
            model.grid().update();
            passMs = 0;
            // on opening, the heatmap shows a frame sooner without the diagram, which follows in the next
            boolean opening = !firstPaint;
            drawPictures(opening);
            if (opening) {
                schedule();
            }
        } else if (diagramDue && !playing) {
            drawDueDiagram();
        }
        output.drawChart();
        Dom.text("epoch", Fmt.epochCounter(model.epochs()));
    }

    /** The next slice of the grid, and the pictures once its evaluation is complete. */
    private void sliceOfPictures(double frameStart) {
        int cells = (int) Math.max(500, gridCellsPerMs * GRID_SLICE_MS);
        double start = Performance.now();
        boolean complete = model.grid().advance(cells);
        double drawStart = Performance.now();
        passMs += drawStart - start;
        if (!complete) { // exactly that many cells: a measure of the speed
            if (drawStart - start > 0.2) {
                gridCellsPerMs = 0.75 * gridCellsPerMs + 0.25 * cells / (drawStart - start);
            }
            return;
        }
        drawPictures(true);
        picturesMs = 0.75 * picturesMs + 0.25 * (passMs + Performance.now() - drawStart);
        passMs = 0;
        picturesFrameStart = frameStart;
    }

    /**
     * Draws the pictures of the grid as it is: the output, and the network diagram now or, while
     * playing and on opening the page, in the next frame. Two lighter frames instead of one: on the
     * largest network the frame that repainted all of them was the one that missed its vsync, and
     * on opening the heatmap shows sooner without the diagram (docs/benchmarks.md).
     */
    private void drawPictures(boolean diagramNextFrame) {
        picturesDirty = false;
        output.draw();
        diagramDue = diagramNextFrame;
        if (!diagramNextFrame) {
            diagram.draw();
        }
        if (!firstPaint) {
            firstPaint = true;
            PlaygroundBrowser.mark("backproplab:first-heatmap");
        }
    }

    /** The diagram of the pictures drawn last frame; its time joins theirs in picturesMs. */
    private void drawDueDiagram() {
        double start = Performance.now();
        diagram.draw();
        diagramDue = false;
        picturesMs += 0.25 * (Performance.now() - start);
    }

    /** Epochs per second over the last second or so, for the small figure under the output. */
    private void measureRate(double now, int epochs) {
        if (rateStart < 0) {
            rateStart = now;
            rateEpochs = 0;
            return;
        }
        rateEpochs += epochs;
        if (now - rateStart >= 1000) {
            Dom.text("speedStats", Integer.toString((int) Math.round(rateEpochs * 1000 / (now - rateStart))));
            rateStart = now;
            rateEpochs = 0;
        }
    }

    /** Space plays or pauses, → steps, R resets; not while typing, nor in the diagram or the trace (their arrows move). */
    private void key(KeyboardEvent e) {
        String tag = PlaygroundBrowser.targetTag(e);
        if (e.isCtrlKey() || e.isMetaKey() || e.isAltKey() || tag.equals("INPUT") || tag.equals("SELECT")
                || tag.equals("TEXTAREA") || PlaygroundBrowser.targetIsDiagram(e)) {
            return;
        }
        String k = e.getKey();
        if (k.equals(" ") && !tag.equals("BUTTON") && !tag.equals("A") && !tag.equals("SUMMARY")) {
            e.preventDefault();
            if (!state.hidden().contains(backproplab.state.Control.PLAY_BUTTON)) {
                setPlaying(!playing);
            }
        } else if (k.equals("ArrowRight") && !state.hidden().contains(backproplab.state.Control.STEP_BUTTON)) {
            e.preventDefault();
            step();
        } else if ((k.equals("r") || k.equals("R")) && !state.hidden().contains(backproplab.state.Control.RESET_BUTTON)) {
            startOver(model::freshWeights);
        }
    }
}
