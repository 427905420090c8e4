package backproplab.page;

import backproplab.autodiff.Contribution;
import backproplab.autodiff.Edge;
import backproplab.autodiff.Graph;
import backproplab.autodiff.Node;
import backproplab.autodiff.Notation;
import backproplab.autodiff.Step;
import backproplab.autodiff.Trace;
import backproplab.page.BackpropLesson.Detail;
import backproplab.page.BackpropLesson.Mark;
import backproplab.page.BackpropLesson.Piece;
import java.util.ArrayList;
import java.util.List;

/** The backprop page's sentences: this step, the chain rule written out, a node's details, the picture's description. */
final class BackpropText {
    private BackpropText() {
    }

    private static Line note(String text) {
        return new Line(Line.Role.NOTE, text);
    }

    static BackpropLesson.Now now(BackpropLesson lesson) {
        Trace trace = lesson.trace();
        Trace.State state = lesson.state();
        Step last = state.last();
        Graph g = trace.graph();
        String out = g.output().label();
        List<Line> lines = new ArrayList<>();
        if (last == null) {
            lines.add(Line.text("Nothing is computed yet. Press Step ▶ (or →) to compute the first node."));
            lines.add(note("The forward pass computes each node's value, inputs first; then the backward pass "
                    + "sends ∂" + out + "/∂(node) back along every edge."));
            return new BackpropLesson.Now("Ready", List.of(), lines);
        }
        if (last instanceof Step.Forward f) {
            lines.addAll(lesson.graph().forwardNote(f));
            if (!g.node(f.node()).isOperation()) {
                lines.add(Line.formula(f.label() + " = " + Notation.number(f.value())));
                lines.add(note(f.label() + " is an input: its value is given."));
            } else {
                lines.add(Line.formula(f.label() + " = " + f.formula()));
                lines.add(Line.text("= " + f.substituted() + "   (the operands' values)"));
                lines.add(new Line(Line.Role.RESULT, "= " + Notation.number(f.value())));
            }
            if (trace.problem(f.node()) != null) {
                lines.add(new Line(Line.Role.WARNING, trace.problem(f.node())));
            }
            if (state.index() == trace.forwardSteps()) {
                lines.add(note("The forward pass is complete: " + out + " = "
                        + Notation.number(trace.value(g.output().id())) + ". Next: the backward pass."));
            }
            return new BackpropLesson.Now("Forward pass: compute " + f.label(), List.of(), lines);
        }
        if (last instanceof Step.Seed s) {
            lines.add(Line.formula(s.text()));
            lines.add(note(out + " changes one-for-one with itself. From here every gradient ∂" + out
                    + "/∂(node) is built from its children's, in reverse order."));
            return new BackpropLesson.Now("Backward pass starts at the output", List.of(), lines);
        }
        Step.Backward b = (Step.Backward) last;
        String child = g.node(b.edge().child()).label();
        String parent = g.node(b.edge().parent()).label();
        List<BackpropLesson.Term> terms = List.of(
                new BackpropLesson.Term("local derivative", b.localText()),
                new BackpropLesson.Term("upstream gradient", b.upstreamText()),
                new BackpropLesson.Term("product", b.productText()),
                new BackpropLesson.Term("add into ∂" + out + "/∂" + parent, b.sumText()));
        if (b.contributions().size() > 1 && b.completes()) {
            lines.add(note(parent + " has " + b.contributions().size() + " children: its gradient is the sum "
                    + "of one term from each."));
        } else if (!b.completes()) {
            lines.add(note(parent + " has more children: their terms are added next."));
        }
        if (state.atEnd()) {
            lines.add(new Line(Line.Role.GOOD, "Backward pass finished: every node's ∂" + out + "/∂(node) is known."));
        }
        return new BackpropLesson.Now("Backward pass: edge " + child + " → " + parent, terms, lines);
    }

    /**
     * The local derivative along {@code e}, written with the child's formula, "∂(u · v)/∂u": the
     * gradient ∂z/∂w has the symbol ∂z/∂w too, and the rule must not read ∂z/∂w = ∂z/∂w · ∂z/∂z.
     */
    static String local(Graph g, Edge e) {
        return "∂(" + g.formula(e.child()) + ")/∂" + g.node(e.parent()).label();
    }

    /** The general rule, and written out for the node receiving a gradient, with the current term marked. */
    static BackpropLesson.Rule chainRule(BackpropLesson lesson) {
        Trace trace = lesson.trace();
        Trace.State state = lesson.state();
        Graph g = trace.graph();
        String out = g.output().label();
        Step last = state.last();
        if (!(last instanceof Step.Backward b)) {
            return new BackpropLesson.Rule(trace.chainRule(), List.of(), last instanceof Step.Seed
                    ? "Each backward step adds one term of this sum into a parent's gradient."
                    : "For every child vᵢ of u: the backward pass uses this once the forward pass is done.");
        }
        int parent = b.edge().parent();
        String u = g.node(parent).label();
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(Notation.partial(out, u) + " = ", Mark.PLAIN));
        List<Edge> edges = g.children(parent);
        List<Contribution> done = state.contributions(parent);
        int previous = -1;
        for (int k : Notation.termsShown(edges.size(), edges.indexOf(b.edge()))) {
            Edge e = edges.get(k);
            if (k > 0) {
                pieces.add(new Piece(k > previous + 1 ? " + ⋯ + " : " + ", Mark.PLAIN));
            }
            Mark mark = e.equals(b.edge()) ? Mark.NOW : k < done.size() ? Mark.DONE : Mark.TODO;
            pieces.add(new Piece(local(g, e) + " · " + Notation.partial(out, g.node(e.child()).label()), mark));
            previous = k;
        }
        int children = edges.size();
        String local = local(g, b.edge());
        String v = g.node(b.edge().child()).label();
        // the output's term is the local derivative times the seed: say why it stands alone
        String seed = b.fromSeed() ? "This term's child is the output: its gradient is the seed "
                + Notation.partial(out, out) + " = 1, so the term is just the local derivative " + local + ", "
                + v + "'s own formula differentiated by " + u + ". " : "";
        String terms = b.fromSeed() ? "" : " In it, " + local + " is the local derivative (" + v + "'s own formula "
                + "differentiated by " + u + ", its other operands held fixed) and " + Notation.partial(out, v)
                + " is " + v + "'s gradient.";
        return new BackpropLesson.Rule(trace.chainRule(), pieces, seed + u + " has " + children
                + (children == 1 ? " child" : " children") + ": the highlighted term is this step's"
                + (children > 1 ? "; the sum is complete after the last." : ".") + terms);
    }

    /** The node picker's text for {@code n}: its formula, or what it is. */
    static String pickLabel(BackpropLesson lesson, Node n) {
        Graph g = lesson.trace().graph();
        return n.isOperation() ? n.label() + " = " + g.formula(n.id()) : n.label() + " (" + lesson.graph().kind(n.id()) + ")";
    }

    static List<Detail> details(BackpropLesson lesson) {
        Trace trace = lesson.trace();
        Graph g = trace.graph();
        int id = lesson.selected();
        if (id < 0 || id >= g.size()) {
            return List.of();
        }
        Trace.State state = lesson.state();
        Node n = g.node(id);
        String out = g.output().label();
        List<Detail> d = new ArrayList<>();
        String kind = n.isOperation() ? (id == g.output().id() ? "output (operation)" : "operation") : lesson.graph().kind(id);
        d.add(new Detail("Node", n.label() + " — " + kind));
        if (n.isOperation()) {
            d.add(new Detail("Formula", n.label() + " = " + g.formula(id)));
        }
        if (state.hasValue(id)) {
            String value = Notation.number(state.value(id));
            d.add(new Detail("Value", n.isOperation() ? g.substituted(id, g.values()) + " = " + value : value));
        } else {
            d.add(new Detail("Value", "not computed yet"));
        }
        if (trace.problem(id) != null) {
            d.add(new Detail("Problem", trace.problem(id)));
        }
        List<Integer> operands = new ArrayList<>();
        for (int s = 0; s < n.parentCount(); s++) {
            operands.add(n.parent(s));
        }
        d.add(new Detail("Operands", names(g, operands)));
        List<Integer> users = new ArrayList<>();
        for (Edge e : g.children(id)) {
            users.add(e.child());
        }
        d.add(new Detail("Used by", names(g, users)));
        // the network's data get no backward steps; once the pass is done their gradient follows from their children's
        boolean data = n.isData() && state.atEnd();
        List<Contribution> terms = data ? dataTerms(trace, id) : state.contributions(id);
        String symbol = Notation.partial(out, n.label());
        d.add(new Detail(symbol, data ? Notation.sum(symbol, terms, sum(terms), true)
                : state.hasGradient(id) ? state.gradientText(id) : "not yet known"));
        for (Edge e : g.children(id)) {
            String v = g.node(e.child()).label();
            String text = "not yet";
            for (Contribution c : terms) {
                if (c.edge().equals(e)) {
                    text = Notation.term(Notation.partial(v, n.label()), Notation.partial(out, v), c.local(),
                            c.upstream(), c.product(), e.child() == g.output().id());
                }
            }
            d.add(new Detail("via " + v, text + "   (local: " + Notation.partial(v, n.label()) + " = "
                    + g.derivativeFormula(e) + ")"));
        }
        if (data) {
            d.add(new Detail("Note", n.label() + " is the example's data, not a parameter: the backward pass "
                    + "does not need its gradient, so it is added up here from its children's."));
        }
        return d;
    }

    /** The chain rule's terms for a data node, from its children's finished gradients. */
    private static List<Contribution> dataTerms(Trace trace, int id) {
        Graph g = trace.graph();
        double[] values = g.values();
        List<Contribution> terms = new ArrayList<>();
        for (Edge e : g.children(id)) {
            double local = g.localDerivative(e, values);
            double upstream = trace.gradient(e.child());
            terms.add(new Contribution(e, local, upstream, local * upstream));
        }
        return terms;
    }

    private static double sum(List<Contribution> terms) {
        double total = 0;
        for (Contribution c : terms) {
            total += c.product();
        }
        return total;
    }

    private static String names(Graph g, List<Integer> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        for (int id : ids) {
            s.append(s.length() == 0 ? "" : ", ").append(g.node(id).label());
        }
        return s.toString();
    }

    static String canvasLabel(BackpropLesson lesson) {
        Trace.State state = lesson.state();
        Graph g = lesson.trace().graph();
        StringBuilder s = new StringBuilder("Computation graph. ");
        for (Node n : g.nodes()) {
            if (n.isConstant()) {
                continue;
            }
            s.append(n.isOperation() ? n.label() + " = " + g.formula(n.id()) : n.label());
            s.append(state.hasValue(n.id()) ? " = " + Notation.number(state.value(n.id())) : " (not computed)");
            if (state.hasGradient(n.id())) {
                s.append("; ").append(state.gradientText(n.id()));
            }
            s.append(". ");
        }
        return s.toString();
    }
}
