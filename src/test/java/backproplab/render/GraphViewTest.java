package backproplab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.autodiff.Graph;
import backproplab.autodiff.Layout;
import backproplab.autodiff.Program;
import backproplab.autodiff.Trace;
import org.junit.jupiter.api.Test;

/** The worked example of LECTURE.md §6 drawn through the Java2D surface. */
class GraphViewTest {
    private final Trace trace = Trace.of(Program.compile(Program.WORKED_EXAMPLE));
    private final Graph g = trace.graph();
    private final Layout layout = Layout.of(g);

    private GraphView drawn(Java2DSurface s, int step, int selected, String png) {
        GraphView view = new GraphView(Style.of(Palette.STANDARD, 1));
        view.draw(s, trace, trace.stateAt(step), layout, selected, 1);
        s.savePng(Pixels.png(png));
        return view;
    }

    @Test
    void picturesOfEveryStep() {
        for (int k = 0; k <= trace.size(); k++) {
            drawn(new Java2DSurface(900, 300, 1), k, -1, "graph-wide-" + k);
            drawn(new Java2DSurface(360, 520, 1), k, -1, "graph-phone-" + k);
            GraphView v = new GraphView(Style.of(Palette.STANDARD, 1.23));
            Java2DSurface s = new Java2DSurface(786, 260, 1);
            v.draw(s, trace, trace.stateAt(k), layout, -1, 1);
            s.savePng(Pixels.png("graph-page-" + k));
            System.out.println(k + " font " + v.fontPx() + " w box " + v.box(2));
        }
    }
}
