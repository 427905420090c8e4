package backproplab.autodiff;

import backproplab.text.TypedNumber;

/**
 * Why an operation has no finite value, or no finite local derivative, at its operands: in
 * plain words, naming the operand that is at fault ("log needs a positive argument: a = -1",
 * "division by b = 0", "exp(1000) overflows"). The forward pass of a double never throws; it
 * gives NaN or ∞, and the page says why with these texts.
 */
final class Domain {
    private Domain() {
    }

    /**
     * Why y = op(x) is not a finite number, for finite operands {@code x} named {@code names}
     * (a constant's name is its number); {@code written} is the formula with the numbers
     * substituted, e.g. "exp(1000)".
     */
    static String value(Op op, String[] names, double[] x, String written) {
        switch (op) {
            case DIV:
                if (x[1] == 0) {
                    return "division by " + operand(names[1], x[1]);
                }
                break;
            case LOG:
                if (x[0] <= 0) {
                    return "log needs a positive argument: " + operand(names[0], x[0]);
                }
                break;
            case SQRT:
                if (x[0] < 0) {
                    return "sqrt needs an argument of at least 0: " + operand(names[0], x[0]);
                }
                break;
            case POW:
                if (x[0] < 0 && x[1] != Math.floor(x[1])) {
                    return "a negative number to a fractional power is not a real number: " + operand(names[0], x[0])
                            + ", power " + operand(names[1], x[1]);
                }
                if (x[0] == 0 && x[1] < 0) {
                    return "0 to a negative power is a division by 0: " + operand(names[0], x[0])
                            + ", power " + operand(names[1], x[1]);
                }
                break;
            default:
                break;
        }
        return written + " overflows: its size is beyond " + TypedNumber.LARGEST + ", the largest number there is";
    }

    /**
     * Why the local derivative {@code symbol} = {@code formula} along operand {@code slot} is not
     * a finite number ({@code d}), although the value is: e.g. sqrt at 0, whose slope is infinite.
     */
    static String slope(String symbol, String formula, double d, String[] names, double[] x, int slot) {
        return "the local derivative " + symbol + " = " + formula + " is " + Notation.number(d) + " at "
                + operand(names[slot], x[slot]) + ": no finite slope there";
    }

    /** "b = 0" for a named operand, "0" for a constant (whose name is its number). */
    private static String operand(String name, double x) {
        String v = Notation.number(x);
        return name.equals(v) ? v : name + " = " + v;
    }
}
