package backproplab.autodiff;

import java.util.List;

/**
 * One step of the animation: the forward pass computes one node's value, the seed sets
 * ∂z/∂z = 1, and each backward step sends the gradient along one edge from child to parent.
 */
public sealed interface Step permits Step.Forward, Step.Seed, Step.Backward {
    /** The node this step lights up (for a backward step, the parent receiving the gradient). */
    int node();

    /** The step in one line, e.g. "w = u · v = 5 · 25 = 125". */
    String text();

    /** The node's formula, the same with the operands' numbers substituted, and its value. */
    record Forward(int node, String label, String formula, String substituted, double value) implements Step {
        @Override
        public String text() {
            StringBuilder s = new StringBuilder(label);
            String v = Notation.number(value);
            for (String part : new String[] {formula, substituted}) {
                if (!part.equals(label) && !part.equals(v)) { // an input reads "u = 5"
                    s.append(" = ").append(part);
                }
            }
            return s.append(" = ").append(v).toString();
        }
    }

    /** The backward pass starts at the output: ∂z/∂z = 1. */
    record Seed(int node, String symbol) implements Step {
        @Override
        public String text() {
            return symbol + " = 1";
        }
    }

    /**
     * The chain rule along one edge child → parent (docs/notation.md §6): the local derivative
     * ∂child/∂parent (symbol, formula in the operands, value), the upstream gradient
     * ∂out/∂child, their product, and the parent's running total ∂out/∂parent before and after
     * adding it. {@code contributions} are the parent's terms so far, this one last;
     * {@code completes} says it was the parent's last child.
     */
    record Backward(Edge edge, String localSymbol, String localFormula, double local,
            String upstreamSymbol, double upstream, double product,
            String gradientSymbol, double before, double after,
            List<Contribution> contributions, boolean completes) implements Step {
        @Override
        public int node() {
            return edge.parent();
        }

        /** "∂w/∂v = u = 5" (the formula left out when it is just the number: "∂z/∂w = 10"). */
        public String localText() {
            String v = Notation.number(local);
            return localSymbol + (localFormula.equals(v) ? "" : " = " + localFormula) + " = " + v;
        }

        /** "∂z/∂w = 10". */
        public String upstreamText() {
            return upstreamSymbol + " = " + Notation.number(upstream);
        }

        /**
         * Whether the edge leaves the output, so that the upstream gradient is the seed ∂z/∂z = 1:
         * then the local derivative ∂z/∂w and the gradient ∂z/∂w have one symbol.
         */
        public boolean fromSeed() {
            return localSymbol.equals(gradientSymbol);
        }

        /** "∂w/∂v · ∂z/∂w = 5 · 10 = 50"; from the seed "10 · 1 = 10 (the local derivative times the seed)". */
        public String productText() {
            return Notation.term(localSymbol, upstreamSymbol, local, upstream, product, fromSeed());
        }

        /** The parent's sum so far: "∂z/∂u = 500 + …", then "∂z/∂u = 500 + 250 = 750". */
        public String sumText() {
            return Notation.sum(gradientSymbol, contributions, after, completes);
        }

        @Override
        public String text() {
            return productText() + "; " + sumText();
        }
    }
}
