package backproplab.page;

import backproplab.lessons.BiasNotation;
import backproplab.lessons.LinearModel;

/**
 * One of the perceptron page's two linear classifiers (docs/notation.md §1–2): the perceptron,
 * which moves on one mistake at a time, and logistic regression, which takes gradient steps on
 * every point at once. {@link PerceptronLesson} asks whichever it has, never which one it is.
 */
interface Classifier {
    /** The run itself, which has w, b and a = wᵀx + b. */
    LinearModel run();

    /** How far the run has gone, as the link's t counts it (updates, or gradient steps). */
    int t();

    /** What the Step button does: one update, or one gradient step; nothing once neither can change anything. */
    void step();

    /** What the Epoch button does (the perceptron only). */
    void epoch();

    /** Whether Run (or Play) goes on from here. */
    boolean playsOn();

    /** One step of Run (or Play): {@link #step()}, and whatever ends a run by itself. */
    void playStep();

    /** Steps per second of Run at the speeds slow, normal and fast. */
    double rate(int speed);

    /** The output is σ(a), drawn as shades, rather than step(a). */
    boolean soft();

    /** The learning rates offered, in order. */
    double[] rates();

    /** What the page calls this model's parts. */
    Labels labels();

    /** Whether whole epochs are a step this model takes (the perceptron's One epoch). */
    boolean epochs();

    /** The loss the model minimises, or null for the perceptron, which has none on the page. */
    String lossFormula(BiasNotation n);

    /** The counters: updates and mistakes, or steps and the loss. */
    String count();

    /** The verdict on the run so far. */
    Line status();

    /** The point the last single update corrected, to ring and explain; −1 when there is none to show. */
    int corrected();

    /** Point i worked out: a, ŷ and what the rule does with it; {@code update}: the correction just made. */
    Working work(int i, boolean update, BiasNotation n, double[] x);

    /** Whether XOR's explanation is due: the run has tried long enough to show it cannot succeed. */
    boolean stuck();

    /** Why this model cannot fit XOR, after the shared reason. */
    String xorVerdict();

    /** The perceptron's proof that it loops on XOR, or "" while it has none. */
    String xorCycle();

    /**
     * The model's words on the page.
     *
     * @param rateName     the rate's control: "η (learning rate)" or "α (learning rate)"
     * @param rateSymbol   η or α, as the parameters line writes it
     * @param runLabel     the Run button while not running
     * @param boundaryKey  the legend's boundary: "boundary a = 0" or "boundary σ(a) = 0.5"
     * @param boundaryNote what the boundary's formula adds after a = 0: nothing, or "(σ(a) = 0.5)"
     */
    record Labels(String rateName, String rateSymbol, String stepLabel, String runLabel, String boundaryKey,
                  String boundaryNote) {
    }

    /**
     * A point worked out for the side panel.
     *
     * @param a          the model's a for the point (with the weights before the update, for an update)
     * @param activation "a = wᵀx + b = … → ŷ = …"
     * @param more       what follows from it: the update made, the rule's verdict, or the point's loss
     */
    record Working(double a, String activation, String more) {
    }
}
