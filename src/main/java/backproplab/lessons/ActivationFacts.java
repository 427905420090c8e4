package backproplab.lessons;

import backproplab.nn.Activation;
import backproplab.text.Fmt;

/**
 * What the activations page says beside each plot, in the slides' notation (docs/notation.md §5):
 * the formula, its derivative, an identity where the slide shows one, and a sentence on why
 * it matters. The numbers themselves always come from {@link Activation}, the engine's code.
 */
public final class ActivationFacts {
    private ActivationFacts() {
    }

    /** The function's name as written in formulas: σ for the sigmoid, as on the slides. */
    public static String name(Activation a) {
        switch (a.kind()) {
            case SIGMOID: return "σ";
            case LINEAR: return "linear";
            case STEP: return "step";
            default: return a.kind().label();
        }
    }

    /** The definition, e.g. "ReLU(x) = max(0, x)"; LeakyReLU shows its slope. */
    public static String formula(Activation a) {
        switch (a.kind()) {
            case SIGMOID: return "σ(x) = 1/(1 + e^(−x))";
            case TANH: return "tanh(x) = (e^x − e^(−x))/(e^x + e^(−x))";
            case RELU: return "ReLU(x) = max(0, x)";
            case LEAKY_RELU: return "LeakyReLU(x) = max(" + number(a.slope()) + "x, x)";
            case SILU: return "SiLU(x) = x·σ(x)";
            case GELU: return "GELU(x) = x·Φ(x), Φ the standard normal CDF";
            case STEP: return "step(x) = 1 if x > 0 else 0";
            case LINEAR: return "linear(x) = x";
            default: throw new IllegalStateException();
        }
    }

    /** An identity the slides show, or null: tanh is a rescaled sigmoid. */
    public static String identity(Activation a) {
        return a.kind() == Activation.Kind.TANH ? "tanh(x) = 2σ(2x) − 1" : null;
    }

    /** The derivative, in terms of the function itself where that is how backpropagation uses it. */
    public static String derivativeFormula(Activation a) {
        switch (a.kind()) {
            case SIGMOID: return "σ′(x) = σ(x)·(1 − σ(x))";
            case TANH: return "tanh′(x) = 1 − tanh²(x)";
            case RELU: return "ReLU′(x) = 1 if x > 0 else 0";
            case LEAKY_RELU: return "LeakyReLU′(x) = 1 if x > 0 else " + number(a.slope());
            case SILU: return "SiLU′(x) = σ(x) + x·σ(x)·(1 − σ(x))";
            case GELU: return "GELU′(x) = Φ(x) + x·φ(x), φ the standard normal density";
            case STEP: return "step′(x) = 0 for every x ≠ 0 (undefined at 0)";
            case LINEAR: return "linear′(x) = 1";
            default: throw new IllegalStateException();
        }
    }

    /** One sentence on what the shape means for a network. */
    public static String note(Activation a) {
        switch (a.kind()) {
            case SIGMOID: return "Squashes any x into (0, 1): logistic regression's output, read as a probability. "
                    + "Its slope is at most 1/4 and fades for large |x|.";
            case TANH: return "Squashes x into (−1, 1) and is centred on 0: a sigmoid stretched and shifted. "
                    + "Its slope is at most 1 and fades for large |x|.";
            case RELU: return "Zero for negative x, x itself for positive x: cheap, and its slope does not fade "
                    + "for large x. A unit whose x stays negative gets no gradient.";
            case LEAKY_RELU: return "Like ReLU, but with a small slope for x < 0, so a unit whose x is negative "
                    + "still gets a gradient.";
            case SILU: return "A smooth ReLU: x let through by the gate σ(x). It dips slightly below 0 for "
                    + "negative x.";
            case GELU: return "x let through by the gate Φ(x), the probability that a standard normal value is "
                    + "below x: close to SiLU, and used in transformers.";
            case STEP: return "The perceptron's activation. Its derivative is 0 wherever it exists, so gradient "
                    + "descent gets no signal through it.";
            case LINEAR: return "No non-linearity at all: layers of linear units compose to one linear map, "
                    + "so depth adds nothing.";
            default: throw new IllegalStateException();
        }
    }

    private static String number(double v) {
        return Fmt.num(v, 3);
    }
}
