package backproplab.page;

import backproplab.autodiff.ExpressionError;
import backproplab.autodiff.Layout;
import backproplab.autodiff.Node;
import backproplab.autodiff.Notation;
import backproplab.autodiff.Program;
import backproplab.autodiff.Step;
import backproplab.autodiff.Trace;
import backproplab.state.NetworkLink;
import backproplab.text.TypedNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * backprop.html without the page (docs/notation.md §6): a program, or one example through a small
 * network, as a computation graph whose forward and backward passes play one step at a time,
 * with every sentence and number the page shows beside the graph. Play and Step drive it through
 * {@link Steps}; the link is {@link #network()}, {@link #program()}, {@link #linkInputs()} and
 * {@link #step()}.
 */
public final class BackpropLesson implements Steps {
    /** The second example: b feeds two children, like u in the lecture's. */
    private static final String SUM_EXAMPLE = "z = (a + b) * (b + 1); a = 2; b = 1";
    /** How long one step's animation lasts at speed 1, and how long play shows each step. */
    private static final double ANIMATION_MS = 650;
    private static final double FIRST_MS = 200;
    private static final double FORWARD_MS = 1300;
    private static final double BACKWARD_MS = 2200;

    /** The program the link carries; in the network view, the one its expression view goes back to. */
    private String program;
    private ExpressionGraph expression;
    private NetworkExample network = NetworkExample.standard();
    private BackpropGraph graph;
    private int step;
    private int selected = -1;
    private double speed = 1;
    private ProgramError error;

    /** The lecture's worked example, before its first step. */
    public BackpropLesson() {
        build(Program.WORKED_EXAMPLE, Map.of());
    }

    // ---- the graph ----

    /**
     * Opens a link's state: the program (null: the worked example) with its inputs, or the network
     * with its example, at {@code wanted} steps (−1: none given). Returns what could not be used;
     * a program that does not compile leaves the worked example in its place and its {@link #error()}.
     */
    public List<String> open(String text, Map<String, Double> inputs, int wanted, boolean inNetwork) {
        return open(text, inputs, Map.of(), wanted, inNetwork);
    }

    /**
     * The same with a network of the playground's, the link's {@link NetworkLink} keys in
     * {@code net} (empty: the lecture's network); in the expression view it is the one the
     * network view shows.
     */
    public List<String> open(String text, Map<String, Double> inputs, Map<NetworkLink.Key, String> net, int wanted,
            boolean inNetwork) {
        List<String> notices = new ArrayList<>();
        if (inNetwork) {
            program = text;
            network = NetworkExample.fromLink(inputs, net, notices);
            showNetwork();
        } else {
            if (!net.isEmpty()) {
                network = NetworkExample.fromLink(Map.of(), net, notices);
            }
            String shown = text != null ? text : Program.WORKED_EXAMPLE;
            ExpressionError e = build(shown, inputs);
            if (e != null) {
                notices.add("The expression in the link could not be read (" + e.getMessage()
                        + "): the lecture's worked example is shown instead.");
                build(Program.WORKED_EXAMPLE, Map.of());
                error = ProgramError.of(shown, e, "The graph below is the lecture's worked example, shown in its place.");
            }
        }
        int k = Math.max(0, wanted);
        if (k > size()) {
            notices.add("The link asks for step " + k + ", but this graph has " + size() + " steps: showing the last.");
            k = size();
        }
        goTo(k);
        return notices;
    }

    /** The Build button: true when {@code text} compiled, and the page starts again; else its {@link #error()}. */
    public boolean typed(String text) {
        if (build(text, Map.of()) != null) {
            return false;
        }
        step = 0;
        return true;
    }

    /** The examples menu: "sum", "neuron" or the worked example, from its first step. */
    public void example(String which) {
        typed(which.equals("sum") ? SUM_EXAMPLE : which.equals("neuron") ? Program.LOG_LOSS_EXAMPLE : Program.WORKED_EXAMPLE);
    }

    /** The expression view again, with the program and inputs it had. */
    public void showExpression() {
        if (network()) {
            String text = program != null ? program : Program.WORKED_EXAMPLE;
            if (build(text, expression != null ? expression.linkInputs() : Map.of()) == null) {
                step = 0;
            }
        }
    }

    /** The network view, from its first step. */
    public void showNetworkView() {
        if (!network()) {
            showNetwork();
            step = 0;
        }
    }

    private void showNetwork() {
        graph = network;
        error = null;
        if (selected >= trace().graph().size()) {
            selected = -1;
        }
    }

    /** Compiles {@code text}: the new graph, or the mistake (the old graph stays) returned and kept as {@link #error()}. */
    private ExpressionError build(String text, Map<String, Double> values) {
        try {
            expression = ExpressionGraph.compile(text, values);
        } catch (ExpressionError e) {
            error = ProgramError.of(text, e, "The graph below is still the previous one.");
            return e;
        }
        error = null;
        graph = expression;
        program = text;
        selected = -1;
        return null;
    }

    public boolean network() {
        return graph instanceof NetworkExample;
    }

    /** The program in the box, or null in the network view. */
    public String program() {
        return program;
    }

    public Map<String, Double> linkInputs() {
        return graph.linkInputs();
    }

    /** The network's keys for the link, in either view: none for the lecture's network. */
    public Map<NetworkLink.Key, String> linkNetwork() {
        return network.linkNetwork();
    }

    /** Why the last program could not be compiled, while it is shown; null otherwise. */
    public ProgramError error() {
        return error;
    }

    public Trace trace() {
        return graph.trace();
    }

    public Layout layout() {
        return graph.layout();
    }

    public Trace.State state() {
        return trace().stateAt(step);
    }

    // ---- stepping ----

    public int step() {
        return step;
    }

    public int size() {
        return trace().size();
    }

    /** To step {@code k}, within 0 … {@link #size()}. */
    public void goTo(int k) {
        step = Math.max(0, Math.min(size(), k));
    }

    public void endOfForward() {
        goTo(trace().forwardSteps());
    }

    public void endOfBackward() {
        goTo(size());
    }

    @Override
    public boolean hasNext() {
        return step < size();
    }

    @Override
    public void next() {
        goTo(step + 1);
    }

    @Override
    public void rewind() {
        step = 0;
    }

    @Override
    public double dwellMs() {
        if (step == 0) {
            return FIRST_MS;
        }
        return (trace().step(step - 1) instanceof Step.Backward ? BACKWARD_MS : FORWARD_MS) / speed;
    }

    /** Steps per dwell, from the speed box: 2 shows each step half as long. */
    public void setSpeed(double s) {
        speed = s > 0 ? s : 1;
    }

    /** How long a step's animation lasts at this speed. */
    public double animationMs() {
        return ANIMATION_MS / speed;
    }

    // ---- nodes and inputs ----

    public int selected() {
        return selected;
    }

    /** Picks node {@code id} for the details (−1: none). */
    public void select(int id) {
        selected = id >= 0 && id < trace().graph().size() ? id : -1;
    }

    /** A click on the graph: picks the node hit, or drops the pick when it is hit again. */
    public void click(int hit) {
        select(hit == selected ? -1 : hit);
    }

    /** The node picker's options: none, then every node but the constants. */
    public List<Choice> nodeChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("-1", "—"));
        for (Node n : trace().graph().nodes()) {
            if (!n.isConstant()) {
                choices.add(new Choice(Integer.toString(n.id()), BackpropText.pickLabel(this, n)));
            }
        }
        return choices;
    }

    public List<Input> inputs() {
        return graph.inputs();
    }

    /**
     * What the box for input {@code name} holds: a problem is said in {@code note} (the graph
     * keeps its number); a number, when {@code commit}, goes into the graph, the step kept.
     */
    public Typed type(String name, String text, boolean commit) {
        TypedNumber typed = TypedNumber.read(text);
        String problem = typed.ok() ? graph.inputProblem(name, typed.value()) : typed.problem();
        double now = graph.inputValue(name);
        if (problem != null) {
            return new Typed(problem + ": the graph still uses " + shownName(name) + " = "
                    + Notation.number(now) + ".", false);
        }
        if (!commit || typed.value() == now) {
            return new Typed(null, false);
        }
        if (network()) {
            network = network.withInput(name, typed.value());
            graph = network;
        } else {
            expression = expression.withInput(name, typed.value());
            graph = expression;
        }
        return new Typed(null, true);
    }

    private String shownName(String name) {
        for (Input in : inputs()) {
            if (in.name().equals(name)) {
                return in.shown();
            }
        }
        return name;
    }

    BackpropGraph graph() {
        return graph;
    }

    // ---- what the page shows ----

    /** "Step 3 of 9". */
    public String progress() {
        return "Step " + step + " of " + size();
    }

    public String phase() {
        if (step == 0) {
            return "· nothing computed yet";
        }
        if (state().atEnd()) {
            return "· backward pass finished";
        }
        return step <= trace().forwardSteps() ? "· forward pass" : "· backward pass";
    }

    /** Why the numbers stop being numbers, and what to do, or null. */
    public String problem() {
        String p = trace().problem();
        return p == null ? null : p + ". Change an input to get numbers again.";
    }

    /** The sentence above the stepping buttons in the network view; null for an expression. */
    public String about() {
        return graph.about();
    }

    public Now now() {
        return BackpropText.now(this);
    }

    /** The step in one line under the graph. */
    public String caption() {
        Step last = state().last();
        return last == null ? "Press Step ▶ to compute the first node." : last.text();
    }

    public Rule chainRule() {
        return BackpropText.chainRule(this);
    }

    public List<AlgorithmLine> algorithm() {
        return graph.algorithm(state().last());
    }

    /** The picked node's numbers; empty when none is picked (the page then says {@link #detailsPrompt()}). */
    public List<Detail> details() {
        return BackpropText.details(this);
    }

    public String detailsPrompt() {
        return "Click a node in the graph, or pick one above, to see all its numbers.";
    }

    public String checkAbout() {
        return BackpropCheck.about();
    }

    public List<CheckRow> checkRows() {
        return BackpropCheck.rows(trace(), state());
    }

    /** The notes under the check, one a line; a warning when one says something is off. Empty text: none. */
    public Line checkWhy() {
        return BackpropCheck.why(trace(), state());
    }

    /** What the picture shows, for screen readers: every node with what is known about it. */
    public String canvasLabel() {
        return BackpropText.canvasLabel(this);
    }

    // ---- view data ----

    /** "This step": its heading, the chain rule's terms (backward steps) and then the lines. */
    public record Now(String kind, List<Term> terms, List<Line> lines) {
    }

    /** One named part of a backward step: "local derivative", "∂w/∂v = u = 5". */
    public record Term(String what, String text) {
    }

    /** The chain rule: in general, written out for the node receiving a gradient, and a note. */
    public record Rule(String general, List<Piece> node, String note) {
    }

    /** A piece of the written-out rule, marked when it is a term: this step's, one done, one to come. */
    public record Piece(String text, Mark mark) {
    }

    public enum Mark { PLAIN, NOW, DONE, TODO }

    /** A line of the slide's algorithm: whether it is in a loop's body and whether the last step executed it. */
    public record AlgorithmLine(String text, boolean body, boolean current) {
    }

    /** A row of the node details: what, and its value. */
    public record Detail(String term, String value) {
    }

    /** A row of the numerical check; {@code verdict} styles its last cell. */
    public record CheckRow(String symbol, String backprop, String numeric, String error, String mark, Verdict verdict) {
    }

    public enum Verdict { YES, NO, OPEN }

    /** An input box: the name the link uses, the name shown, and its value. */
    public record Input(String name, String shown, String value) {
    }

    /** What a typed input did: its problem (null: none) and whether the graph took a new number. */
    public record Typed(String note, boolean changed) {
    }

    /**
     * A program that does not compile: its text, the message, the line with a caret under the mistake
     * (null when the mistake has no place) and where in the text it is.
     */
    public record ProgramError(String text, String message, String where, int offset) {
        static ProgramError of(String text, ExpressionError e, String shown) {
            String message = e.getMessage() + ". " + shown;
            if (!e.placed()) {
                return new ProgramError(text, message, null, e.offset());
            }
            int lineStart = text.lastIndexOf('\n', Math.max(0, Math.min(text.length(), e.offset()) - 1)) + 1;
            int lineEnd = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            StringBuilder caret = new StringBuilder();
            for (int i = 1; i < e.column(); i++) {
                caret.append(i - 1 < line.length() && line.charAt(i - 1) == '\t' ? '\t' : ' ');
            }
            return new ProgramError(text, message, line + "\n" + caret + "^", e.offset());
        }
    }
}
