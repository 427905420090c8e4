package backproplab.page;

import backproplab.autodiff.GradientCheck;
import backproplab.autodiff.Notation;
import backproplab.autodiff.Trace;
import java.util.ArrayList;
import java.util.List;

/** The backprop page's numerical check: each input's gradient from the backward pass against the central difference. */
final class BackpropCheck {
    private BackpropCheck() {
    }

    static String about() {
        return "Each input's gradient from the backward pass against the definition of the "
                + "derivative, (f(x + h) − f(x − h)) / 2h with a small h. They agree when the relative error is below "
                + Notation.number(GradientCheck.TOLERANCE) + ", or when they differ by less than the central "
                + "difference's own error (rounding, and a term in h²) and that error is small beside the gradient.";
    }

    /** One row per input; backprop's number appears once its sum is complete. */
    static List<BackpropLesson.CheckRow> rows(Trace trace, Trace.State state) {
        List<BackpropLesson.CheckRow> rows = new ArrayList<>();
        for (GradientCheck.Entry e : GradientCheck.of(trace)) {
            boolean known = state.gradientComplete(e.input().id());
            BackpropLesson.Verdict verdict = known && e.comparable()
                    ? (e.agrees() ? BackpropLesson.Verdict.YES : BackpropLesson.Verdict.NO) : BackpropLesson.Verdict.OPEN;
            rows.add(new BackpropLesson.CheckRow(e.symbol(), known ? Notation.number(e.backprop()) : "… (backward pass)",
                    Notation.number(e.numeric()), known ? e.errorText() : "…", known ? e.verdict().mark() : "…", verdict));
        }
        return rows;
    }

    /** The rows' notes, each once; a warning when one explains something other than a ✓. */
    static Line why(Trace trace, Trace.State state) {
        List<String> why = new ArrayList<>();
        boolean warn = false;
        for (GradientCheck.Entry e : GradientCheck.of(trace)) {
            boolean known = state.gradientComplete(e.input().id());
            // a kink's note names backprop's number: like the row, it waits for the backward pass
            String note = e.symbol() + ": " + e.note();
            if (e.note() != null && (known || e.verdict() == GradientCheck.Verdict.UNDEFINED) && !why.contains(note)) {
                why.add(note);
                warn |= !e.agrees();
            }
        }
        return new Line(warn ? Line.Role.WARNING : Line.Role.NOTE, String.join("\n", why));
    }
}
