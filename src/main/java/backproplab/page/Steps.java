package backproplab.page;

/**
 * What a page's play/pause/step drives: a model that moves one step at a time through a run (a
 * backward pass, a perceptron's updates, gradient descent's iterates). The browser's player asks
 * it when the next step is due; the JVM tests call {@link #next()} directly.
 */
public interface Steps {
    /** Whether another step can be taken from here. */
    boolean hasNext();

    /** Takes one step. Called only when {@link #hasNext()}. */
    void next();

    /** Goes back to the start, so that Play at the end of a run plays it again. */
    void rewind();

    /** How long the step just taken stays on screen before the next one, in ms at speed 1. */
    double dwellMs();
}
