package backproplab.web;

import backproplab.data.Csv;
import backproplab.data.DataKind;
import backproplab.data.DataPoint;
import backproplab.math.DetMath;
import backproplab.data.Datasets;
import backproplab.data.Points;
import backproplab.data.Split;
import backproplab.render.Thumbnail;
import backproplab.state.Limits;
import backproplab.state.PlaygroundState;
import backproplab.text.Fmt;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * The data panel: the data sets as small pictures to choose from, and the student's own points
 * (TF Playground users' oldest wish): click the output to add one, CSV in and out.
 */
final class PlaygroundData {
    private static final DataKind[] CLASSIFICATION = {
        DataKind.CIRCLE, DataKind.XOR, DataKind.GAUSS, DataKind.SPIRAL, DataKind.PASS_FAIL,
        DataKind.AND, DataKind.OR, DataKind.XOR4, DataKind.USER,
    };
    private static final DataKind[] REGRESSION = {DataKind.REG_PLANE, DataKind.REG_GAUSS, DataKind.REG_USER};
    private static final double THUMB = 44;

    private final PlaygroundPage page;
    private DataKind[] shownKinds = new DataKind[0];
    private final List<HTMLElement> buttons = new ArrayList<>();
    private final List<CanvasSurface> surfaces = new ArrayList<>();
    private List<DataPoint> drawnUserPoints;
    /** The class a click adds: +1 (blue) or −1 (orange); shift-click adds the other. */
    private double newLabel = 1;

    PlaygroundData(PlaygroundPage page) {
        this.page = page;
        Dom.on(Dom.byId("classNeg"), "click", e -> chooseClass(-1));
        Dom.on(Dom.byId("classPos"), "click", e -> chooseClass(1));
        Dom.on(Dom.byId("clearPoints"), "click", e -> page.change(s -> s.withUserPoints(List.of())));
        Dom.on(Dom.byId("regenerate"), "click", e -> page.change(s -> s.withSeed(Fmt.fixed(Math.random(), 5))));
        HTMLInputElement file = Dom.byId("importCsv");
        Dom.on(file, "change", (Event e) -> PlaygroundBrowser.readFile(file, text -> {
            try {
                useCsv(text);
            } catch (RuntimeException ex) {
                Notices.set("csv", "The file could not be read: " + ex.getMessage());
            }
            file.setValue("");
        }));
        Dom.on(Dom.byId("csvApply"), "click", e -> useCsv(((HTMLTextAreaElement) Dom.byId("csvText")).getValue()));
    }

    private void chooseClass(double label) {
        newLabel = label;
        Dom.byId("classNeg").setAttribute("aria-pressed", Boolean.toString(label < 0));
        Dom.byId("classPos").setAttribute("aria-pressed", Boolean.toString(label > 0));
    }

    /** A click on the output at (x₁, x₂): with the student's own data set, a new point there. */
    boolean addPoint(double x1, double x2, boolean otherClass) {
        PlaygroundState s = page.state();
        if (!s.dataKind().user() || Math.abs(x1) > Limits.DOMAIN || Math.abs(x2) > Limits.DOMAIN) {
            return false;
        }
        if (s.userPoints().size() >= Limits.MAX_USER_POINTS) {
            Notices.set("csv", "There are already " + Limits.MAX_USER_POINTS + " points, the most the playground keeps.");
            return false;
        }
        List<DataPoint> next = new ArrayList<>(s.userPoints());
        next.add(new DataPoint(DetMath.hundredths(x1), DetMath.hundredths(x2), otherClass ? -newLabel : newLabel));
        page.change(st -> st.withUserPoints(next));
        return true;
    }

    /** Reads CSV text: the good rows become the points, each bad row is reported by its line. */
    private void useCsv(String text) {
        PlaygroundState s = page.state();
        Csv.Result r = Csv.parse(text, s.problem() == backproplab.state.Problem.REGRESSION);
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < r.errors().size() && i < 8; i++) {
            messages.add("CSV: " + r.errors().get(i));
        }
        if (r.errors().size() > 8) {
            messages.add("CSV: " + (r.errors().size() - 8) + " more lines were left out.");
        }
        if (r.points().isEmpty()) {
            messages.add("CSV: no points found; the points stay as they were.");
            Notices.set("csv", messages);
            return;
        }
        Notices.set("csv", messages);
        DataKind user = s.problem() == backproplab.state.Problem.REGRESSION ? DataKind.REG_USER : DataKind.USER;
        page.change(st -> (user.regression() ? st.withRegDataset(user) : st.withDataset(user)).withUserPoints(r.points()));
    }

    /** Rebuilds the chooser for the problem type, marks the chosen set, shows the tools for own points. */
    void show(PlaygroundState s) {
        DataKind[] kinds = s.dataKind().regression() ? REGRESSION : CLASSIFICATION;
        if (kinds != shownKinds) {
            build(kinds);
        }
        for (int k = 0; k < shownKinds.length; k++) {
            boolean chosen = shownKinds[k] == s.dataKind();
            buttons.get(k).setAttribute("aria-checked", Boolean.toString(chosen));
            buttons.get(k).setAttribute("tabindex", chosen ? "0" : "-1");
        }
        if (!s.userPoints().equals(drawnUserPoints)) {
            drawThumbnails();
        }
        Dom.byId("userTools").setHidden(!s.dataKind().user());
        Dom.byId("exportCsv").setAttribute("href", PlaygroundBrowser.dataUrl("text/csv", Csv.write(s.userPoints())));
        Dom.setClass(Dom.byId("heatmap"), "drawing", s.dataKind().user());
    }

    private void build(DataKind[] kinds) {
        shownKinds = kinds;
        HTMLElement box = Dom.byId("datasetChoices");
        while (box.getFirstChild() != null) {
            box.removeChild(box.getFirstChild());
        }
        buttons.clear();
        surfaces.clear();
        for (DataKind kind : kinds) {
            HTMLElement b = Dom.el("button", "dataset-choice", null);
            b.setAttribute("type", "button");
            b.setAttribute("role", "radio");
            b.setAttribute("title", kind.label());
            b.setAttribute("data-dataset", kind.id());
            HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.el("canvas", null, null);
            b.appendChild(canvas);
            b.appendChild(Dom.el("span", "dataset-name", kind.user() ? "Your points" : kind.label()));
            box.appendChild(b);
            buttons.add(b);
            CanvasSurface surface = new CanvasSurface(canvas);
            surface.resize(THUMB, THUMB);
            surfaces.add(surface);
            Dom.on(b, "click", e -> page.change(s -> kind.regression() ? s.withRegDataset(kind) : s.withDataset(kind)));
        }
        drawnUserPoints = null;
    }

    /** Called on layout and palette changes. */
    void layout() {
        drawThumbnails();
    }

    private void drawThumbnails() {
        PlaygroundState s = page.state();
        for (int k = 0; k < shownKinds.length; k++) {
            DataKind kind = shownKinds[k];
            Points points = kind.user() ? Points.of(s.userPoints(), kind.regression()) : all(Datasets.build(kind, 0, 50, "thumbnail", List.of()));
            Thumbnail.drawData(surfaces.get(k), page.style().palette(), points, 0, 0, THUMB, Limits.DOMAIN);
        }
        drawnUserPoints = s.userPoints();
    }

    private static Points all(Split split) {
        List<DataPoint> list = new ArrayList<>(split.train().toList());
        list.addAll(split.test().toList());
        return Points.of(list, true);
    }
}
