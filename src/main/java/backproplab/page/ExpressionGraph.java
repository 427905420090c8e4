package backproplab.page;

import backproplab.autodiff.ExpressionError;
import backproplab.autodiff.Graph;
import backproplab.autodiff.Layout;
import backproplab.autodiff.Node;
import backproplab.autodiff.Program;
import backproplab.autodiff.Step;
import backproplab.autodiff.Trace;
import backproplab.text.JsNumber;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The expression view: the program the student typed, its inputs the program's own names. */
final class ExpressionGraph implements BackpropGraph {
    private final String program;
    private final Map<String, Double> inputs;
    private final Trace trace;
    private final Layout layout;

    private ExpressionGraph(String program, Map<String, Double> inputs, Trace trace, Layout layout) {
        this.program = program;
        this.inputs = Collections.unmodifiableMap(inputs);
        this.trace = trace;
        this.layout = layout;
    }

    /** Compiles {@code text} with {@code values} in place of its inputs' own; those naming no input are dropped. */
    static ExpressionGraph compile(String text, Map<String, Double> values) throws ExpressionError {
        Graph g = Program.compile(text, values);
        Map<String, Double> kept = new LinkedHashMap<>();
        for (Node n : g.inputs()) {
            if (values.containsKey(n.label())) {
                kept.put(n.label(), values.get(n.label()));
            }
        }
        return new ExpressionGraph(text, kept, Trace.of(g), Layout.of(g));
    }

    /** The same graph with input {@code name} at {@code value}: every number recomputed. */
    ExpressionGraph withInput(String name, double value) {
        Map<String, Double> next = new LinkedHashMap<>(inputs);
        next.put(name, value);
        return new ExpressionGraph(program, next, trace.withInputs(next), layout);
    }

    String program() {
        return program;
    }

    @Override
    public Trace trace() {
        return trace;
    }

    @Override
    public Layout layout() {
        return layout;
    }

    @Override
    public List<BackpropLesson.Input> inputs() {
        Graph g = trace.graph();
        List<BackpropLesson.Input> list = new ArrayList<>();
        for (int k = 0; k < g.inputs().size(); k++) {
            String name = g.inputs().get(k).label();
            list.add(new BackpropLesson.Input(name, name, JsNumber.format(g.inputValue(k))));
        }
        return list;
    }

    @Override
    public double inputValue(String name) {
        return trace.value(trace.graph().find(name).id());
    }

    @Override
    public String inputProblem(String name, double value) {
        return null;
    }

    @Override
    public Map<String, Double> linkInputs() {
        return inputs;
    }

    @Override
    public String kind(int id) {
        return trace.graph().node(id).isConstant() ? "constant" : "input";
    }

    @Override
    public String about() {
        return null;
    }

    @Override
    public List<Line> forwardNote(Step.Forward step) {
        return List.of();
    }

    @Override
    public List<BackpropLesson.AlgorithmLine> algorithm(Step last) {
        return List.of();
    }
}
