package backproplab.page;

import backproplab.autodiff.Layout;
import backproplab.autodiff.Step;
import backproplab.autodiff.Trace;
import java.util.List;
import java.util.Map;

/**
 * What the backprop page steps through: a typed expression ({@link ExpressionGraph}) or one
 * example through the fixed network ({@link NetworkExample}). Each says what its inputs are, how
 * its nodes are called and what it adds to the page's text.
 */
sealed interface BackpropGraph permits ExpressionGraph, NetworkExample {
    Trace trace();

    Layout layout();

    /** The input boxes, in order. */
    List<BackpropLesson.Input> inputs();

    /** The value the graph uses for the input {@code name}. */
    double inputValue(String name);

    /** Why {@code value} cannot be the input {@code name} although it is a number, or null. */
    String inputProblem(String name, double value);

    /** The inputs the link carries: those that differ from the program's or the example's. */
    Map<String, Double> linkInputs();

    /** What node {@code id} is when it is not an operation: "input", "weight, a parameter", … */
    String kind(int id);

    /** A sentence about the view above the stepping buttons, or null. */
    String about();

    /** The lines "This step" opens a forward step with (the network's algorithm line). */
    List<Line> forwardNote(Step.Forward step);

    /** The slide's algorithm with the line {@code last} executed marked; empty for an expression. */
    List<BackpropLesson.AlgorithmLine> algorithm(Step last);
}
