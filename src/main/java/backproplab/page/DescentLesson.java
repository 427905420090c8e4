package backproplab.page;

import backproplab.lessons.Curve1D;
import backproplab.lessons.Descent1D;
import backproplab.lessons.Descent2D;
import backproplab.lessons.DescentSettings;
import backproplab.lessons.LearningRateScale;
import backproplab.lessons.LogisticSurface2D;
import backproplab.lessons.LossPoint;
import backproplab.lessons.Regime;
import backproplab.nn.Optimizer;
import backproplab.text.Fmt;
import backproplab.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * descent.html without the page (docs/notation.md §3): gradient descent on a loss curve L(w), with
 * the regime its α gives, and three optimisers on the contours of a two-weight log loss. The two
 * pictures step on their own, through {@link #curve()} and {@link #paths()}; the link is
 * {@link #settings()}.
 */
public final class DescentLesson {
    /** The optimisers of the contour picture, in the order of its table and colours. */
    private static final Optimizer[] METHODS = {Optimizer.SGD, Optimizer.MOMENTUM, Optimizer.ADAM};
    private static final String[] METHOD_NAMES = {"gradient descent", "momentum, β = 0.9", "Adam"};
    /** How long each step of the curve and of the paths stays on screen while playing. */
    private static final double CURVE_DWELL_MS = 450;
    private static final double PATH_DWELL_MS = 60;
    /** Rows of the iterate table: the last few steps. */
    private static final int TABLE_ROWS = 8;

    private final LogisticSurface2D surface;
    private DescentSettings settings;
    private Descent1D run;
    private Descent2D[] runs;
    private final Steps curveSteps = new CurveSteps();
    private final Steps pathSteps = new PathSteps();

    public DescentLesson(DescentSettings settings, LogisticSurface2D surface) {
        this.surface = surface;
        this.settings = settings;
        rerunCurve();
        rerunPaths();
    }

    public DescentSettings settings() {
        return settings;
    }

    public LogisticSurface2D surface() {
        return surface;
    }

    /**
     * Moves to other settings, re-running only the picture whose run they change (the curve's t
     * is kept within the run, which stops early when it diverges).
     */
    public void apply(DescentSettings next) {
        DescentSettings old = settings;
        settings = next;
        if (next.curve() != old.curve() || next.alpha() != old.alpha() || next.w0() != old.w0()) {
            rerunCurve();
        } else {
            keepTInRun();
        }
        if (next.alpha2() != old.alpha2() || next.start1() != old.start1() || next.start2() != old.start2()) {
            rerunPaths();
        }
    }

    private void rerunCurve() {
        run = Descent1D.run(settings.curve(), settings.w0(), settings.alpha());
        keepTInRun();
    }

    private void keepTInRun() {
        if (settings.t() > run.length() - 1) {
            settings = settings.withT(run.length() - 1);
        }
    }

    private void rerunPaths() {
        runs = new Descent2D[METHODS.length];
        for (int k = 0; k < METHODS.length; k++) {
            runs[k] = Descent2D.run(surface, METHODS[k], settings.start1(), settings.start2(), settings.alpha2(),
                    DescentSettings.STEPS_2D);
        }
    }

    // ---- one weight ----

    /** The curve's steps, for its Step and Play buttons. */
    public Steps curve() {
        return curveSteps;
    }

    public Descent1D run() {
        return run;
    }

    /** The curves offered. */
    public static List<Choice> curveChoices() {
        List<Choice> choices = new ArrayList<>();
        for (Curve1D c : Curve1D.all()) {
            choices.add(new Choice(c.id(), c.label()));
        }
        return choices;
    }

    /** The slider's position for α. */
    public int alphaPosition() {
        return LearningRateScale.position(settings.alpha());
    }

    /** α as the box shows it. */
    public String alphaText() {
        return Fmt.num(settings.alpha(), 6);
    }

    /**
     * A learning rate typed in the box: applied if it is one (a new run from t = 0); if not, the
     * settings stay and the sentence to show says why.
     *
     * @return null when accepted, else the notice
     */
    public String typeAlpha(String typed) {
        Double a = LearningRateScale.parse(typed);
        if (a == null) {
            return "“" + Texts.shorten(typed, 20) + "” is not a learning rate: type a number above 0 and at most "
                    + Fmt.num(LearningRateScale.TYPED_MAX, 3) + ", e.g. 0.05. α stays " + alphaText() + ".";
        }
        apply(settings.withAlpha(a));
        return null;
    }

    public String formula() {
        return settings.curve().formula();
    }

    /** The regime α gives on this curve from w₀, judged over the whole run. */
    public Regime regime() {
        return run.regime();
    }

    /** What the regime means, as the line after its name says it. */
    public String regimeMeaning() {
        return "— " + regime().meaning() + ".";
    }

    /** What the regime was judged on. */
    public String regimeContext() {
        return "Judged over " + (run.length() - 1) + " steps"
                + (run.diverged() ? " (then w stopped being a number)" : "") + " with α = " + alphaText()
                + " from w₀ = " + num(settings.w0()) + ".";
    }

    /** The step t shown. */
    public int t() {
        return settings.t();
    }

    /** w_t, L(w_t), dL/dw(w_t) and the step −α·dL/dw at the t shown. */
    public String w() {
        return num(run.w(t()));
    }

    public String loss() {
        return num(run.loss(t()));
    }

    public String slope() {
        return num(run.slope(t()));
    }

    public String step() {
        return num(-settings.alpha() * run.slope(t()));
    }

    /** The learning rates at which steps start to overshoot and stop converging, from L″ at the minimum. */
    public String thresholds() {
        double target = run.target();
        double c = settings.curve().curvature(target);
        return "Near the minimum w* = " + num(target) + " the curvature is L″(w*) = " + num(c)
                + ": steps overshoot w* for α > 1/L″ = " + num(1 / c) + " and stop converging for α > 2/L″ = "
                + num(2 / c) + ".";
    }

    /** The iterate table: the last few steps up to the t shown, that one marked. */
    public List<Iterate> iterates() {
        List<Iterate> rows = new ArrayList<>();
        int t = t();
        for (int k = Math.max(0, t - TABLE_ROWS + 1); k <= t; k++) {
            rows.add(new Iterate(Integer.toString(k), num(run.w(k)), num(run.loss(k)), num(run.slope(k)), k == t));
        }
        return rows;
    }

    /** One row of the iterate table. */
    public record Iterate(String t, String w, String loss, String slope, boolean current) {
    }

    // ---- two weights ----

    /** The paths' steps, for their Play button. */
    public Steps paths() {
        return pathSteps;
    }

    public Descent2D[] runs() {
        return runs;
    }

    public static String[] methodNames() {
        return METHOD_NAMES.clone();
    }

    /** The contour picture's learning rates (value and label alike). */
    public static List<Choice> rateChoices() {
        List<Choice> choices = new ArrayList<>();
        for (double r : DescentSettings.ALPHAS_2D) {
            choices.add(new Choice(Fmt.num(r, 3), Fmt.num(r, 3)));
        }
        return choices;
    }

    public String rateValue() {
        return Fmt.num(settings.alpha2(), 3);
    }

    /** Chooses the contour picture's rate by its place among {@link #rateChoices()}. */
    public void chooseRate(int index) {
        double[] rates = DescentSettings.ALPHAS_2D;
        apply(settings.withAlpha2(rates[Math.max(0, Math.min(rates.length - 1, index))]));
    }

    public String minimum() {
        LossPoint min = surface.minimum();
        return "minimum L = " + Fmt.fixed(min.loss(), 3) + " at (w₁, w₂) = (" + fixed3(min.w1()) + ", " + fixed3(min.w2()) + ")";
    }

    public String start() {
        return "Start (w₁, w₂) = (" + fixed3(settings.start1()) + ", " + fixed3(settings.start2())
                + "), L = " + Fmt.fixed(surface.loss(settings.start1(), settings.start2()), 3)
                + ". Click the contours for another start.";
    }

    /** Where each optimiser is after the steps shown (the last iterate, if its run stopped early). */
    public List<PathRow> pathRows() {
        List<PathRow> rows = new ArrayList<>();
        for (int k = 0; k < runs.length; k++) {
            int i = Math.min(settings.t2(), runs[k].length() - 1);
            rows.add(new PathRow(METHODS[k].id(), METHOD_NAMES[k], fixed3(runs[k].w1(i)), fixed3(runs[k].w2(i)),
                    Fmt.fixed(runs[k].loss(i), 3)));
        }
        return rows;
    }

    /** One row of the optimisers' table. */
    public record PathRow(String method, String name, String w1, String w2, String loss) {
    }

    private static String num(double x) {
        return Fmt.minus(Fmt.num(x, 5));
    }

    private static String fixed3(double x) {
        return Fmt.minus(Fmt.fixed(x, 3));
    }

    /** The curve's iterates one at a time. */
    private final class CurveSteps implements Steps {
        @Override
        public boolean hasNext() {
            return settings.t() + 1 < run.length();
        }

        @Override
        public void next() {
            settings = settings.withT(settings.t() + 1);
        }

        @Override
        public void rewind() {
            settings = settings.withT(0);
        }

        @Override
        public double dwellMs() {
            return CURVE_DWELL_MS;
        }
    }

    /** The three paths, one step of each at a time. */
    private final class PathSteps implements Steps {
        @Override
        public boolean hasNext() {
            return settings.t2() < DescentSettings.STEPS_2D;
        }

        @Override
        public void next() {
            settings = settings.withT2(settings.t2() + 1);
        }

        @Override
        public void rewind() {
            settings = settings.withT2(0);
        }

        @Override
        public double dwellMs() {
            return PATH_DWELL_MS;
        }
    }
}
