package backproplab.lessons;

import backproplab.nn.Activation;
import backproplab.text.Fmt;

/**
 * What the activations page says beside each plot, in the lecture's notation (docs/notation.md): a
 * function of the pre-activation a, as in z = σ(a), and in the slides' forms (§5):
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

    /** The definition, e.g. "ReLU(a) = max(0, a)"; LeakyReLU shows its slope. */
    public static String formula(Activation a) {
        switch (a.kind()) {
            case SIGMOID: return "σ(a) = 1/(1 + e^(−a))";
            case TANH: return "tanh(a) = (e^a − e^(−a))/(e^a + e^(−a))";
            case RELU: return "ReLU(a) = max(0, a)";
            case LEAKY_RELU: return "LeakyReLU(a) = max(" + number(a.slope()) + "a, a)";
            case SILU: return "SiLU(a) = a·σ(a)";
            case GELU: return "GELU(a) = a·Φ(a), Φ the standard normal CDF";
            case STEP: return "step(a) = 1 if a > 0 else 0";
            case LINEAR: return "linear(a) = a";
            default: throw new IllegalStateException();
        }
    }

    /** An identity the slides show, or null: tanh is a rescaled sigmoid. */
    public static String identity(Activation a) {
        return a.kind() == Activation.Kind.TANH ? "tanh(a) = 2σ(2a) − 1" : null;
    }

    /** The derivative, in terms of the function itself where that is how backpropagation uses it. */
    public static String derivativeFormula(Activation a) {
        switch (a.kind()) {
            case SIGMOID: return "σ′(a) = σ(a)·(1 − σ(a))";
            case TANH: return "tanh′(a) = 1 − tanh²(a)";
            case RELU: return "ReLU′(a) = 1 if a > 0 else 0";
            case LEAKY_RELU: return "LeakyReLU′(a) = 1 if a > 0 else " + number(a.slope());
            case SILU: return "SiLU′(a) = σ(a) + a·σ(a)·(1 − σ(a))";
            case GELU: return "GELU′(a) = Φ(a) + a·φ(a), φ the standard normal density";
            case STEP: return "step′(a) = 0 for every a ≠ 0 (undefined at 0)";
            case LINEAR: return "linear′(a) = 1";
            default: throw new IllegalStateException();
        }
    }

    /** One sentence on what the shape means for a network. */
    public static String note(Activation a) {
        switch (a.kind()) {
            case SIGMOID: return "Squashes any a into (0, 1): logistic regression's output, read as a probability. "
                    + "Its slope is at most 1/4 and fades for large |a|.";
            case TANH: return "Squashes a into (−1, 1) and is centred on 0: a sigmoid stretched and shifted. "
                    + "Its slope is at most 1 and fades for large |a|.";
            case RELU: return "Zero for negative a, a itself for positive a: cheap, and its slope does not fade "
                    + "for large a. A unit whose a stays negative gets no gradient.";
            case LEAKY_RELU: return "Like ReLU, but with a small slope for a < 0, so a unit whose a is negative "
                    + "still gets a gradient.";
            case SILU: return "A smooth ReLU: the pre-activation a let through by the gate σ(a). It dips slightly below 0 for "
                    + "negative a.";
            case GELU: return "The pre-activation a let through by the gate Φ(a), the probability that a standard "
                    + "normal value is below a: close to SiLU, and used in transformers.";
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
