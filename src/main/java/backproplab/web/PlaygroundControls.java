package backproplab.web;

import backproplab.nn.Activation;
import backproplab.nn.Init;
import backproplab.nn.Loss;
import backproplab.nn.Optimizer;
import backproplab.nn.Regularization;
import backproplab.state.Control;
import backproplab.state.PlaygroundState;
import backproplab.state.Problem;
import backproplab.text.JsNumber;
import backproplab.text.Keyed;
import backproplab.text.Texts;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The training bar (play, step, reset, hyperparameters) and the data sliders. Each control has
 * the id of its TF Playground {@code _hide} key on its wrapper, so a classroom link hides it.
 */
final class PlaygroundControls {
    /** TF Playground's choices; a link may carry another value, which is then listed too. */
    private static final double[] LEARNING_RATES = {0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
    private static final double[] REGULARIZATION_RATES = {0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};

    private final PlaygroundPage page;

    PlaygroundControls(PlaygroundPage page) {
        this.page = page;
        HTMLSelectElement activation = Dom.byId("activationInput");
        for (Activation a : Activation.all()) {
            activation.appendChild(option(a.id(), a.kind().label()));
        }
        keyedOptions("lossInput", Loss.values());
        keyedOptions("optimizerInput", Optimizer.values());
        keyedOptions("regularizationInput", Regularization.values());
        keyedOptions("problemInput", Problem.values());
        keyedOptions("initInput", Init.values());

        onSelect("learningRateInput", v -> s -> s.withLearningRate(JsNumber.parse(v)));
        onSelect("regularizationRateInput", v -> s -> s.withRegularizationRate(JsNumber.parse(v)));
        onSelect("activationInput", v -> s -> s.withActivation(Activation.of(Activation.Kind.byId(v))));
        onSelect("lossInput", v -> s -> s.withLoss(Loss.byId(v)));
        onSelect("optimizerInput", v -> s -> s.withOptimizer(Optimizer.byId(v)));
        onSelect("regularizationInput", v -> s -> s.withRegularization(Regularization.byId(v)));
        onSelect("problemInput", v -> s -> s.withProblem(Problem.byId(v)));
        onSelect("initInput", v -> s -> s.withInit(Init.byId(v)));
        onRange("speedInput", v -> s -> s.withSpeed((int) v));
        onRange("percTrainDataInput", v -> s -> s.withPercTrainData(v));
        onRange("noiseInput", v -> s -> s.withNoise(v));
        onRange("batchSizeInput", v -> s -> s.withBatchSize((int) v));
        onCheck("showTestDataInput", (s, on) -> s.withShowTestData(on));
        onCheck("discretizeInput", (s, on) -> s.withDiscretize(on));
        onCheck("firstLayerLinesInput", (s, on) -> s.withFirstLayerLines(on));
    }

    private interface Edit {
        java.util.function.UnaryOperator<PlaygroundState> of(String value);
    }

    private interface RangeEdit {
        java.util.function.UnaryOperator<PlaygroundState> of(double value);
    }

    private interface CheckEdit {
        PlaygroundState apply(PlaygroundState s, boolean on);
    }

    private void onSelect(String id, Edit edit) {
        HTMLSelectElement select = Dom.byId(id);
        Dom.on(select, "change", (Event e) -> page.change(edit.of(select.getValue())));
    }

    private void onRange(String id, RangeEdit edit) {
        HTMLInputElement input = Dom.byId(id);
        Dom.on(input, "input", (Event e) -> page.change(edit.of(JsNumber.parse(input.getValue()))));
    }

    private void onCheck(String id, CheckEdit edit) {
        HTMLInputElement box = Dom.byId(id);
        Dom.on(box, "change", (Event e) -> page.change(s -> edit.apply(s, box.isChecked())));
    }

    private static HTMLElement option(String value, String label) {
        HTMLElement o = Dom.el("option", null, label);
        o.setAttribute("value", value);
        return o;
    }

    private static void keyedOptions(String id, Keyed[] values) {
        HTMLElement select = Dom.byId(id);
        for (Keyed k : values) {
            HTMLElement o = option(k.id(), shortLabel(k));
            o.setAttribute("title", k.label());
            select.appendChild(o);
        }
    }

    /** The bar has room for a few words: the long labels stay in the option's tooltip. */
    private static String shortLabel(Keyed k) {
        if (k == Loss.SQUARED) {
            return "squared error";
        }
        if (k == Init.PLAYGROUND) {
            return "uniform ±0.5";
        }
        return k.label();
    }

    /** Number choices, with the current value added in order when a link brought another one. */
    private static void numberOptions(String id, double[] choices, double current) {
        HTMLSelectElement select = Dom.byId(id);
        while (select.getFirstChild() != null) {
            select.removeChild(select.getFirstChild());
        }
        boolean listed = false;
        for (double c : choices) {
            if (!listed && current < c) {
                select.appendChild(option(JsNumber.format(current), JsNumber.format(current)));
                listed = true;
            }
            listed |= c == current;
            select.appendChild(option(JsNumber.format(c), JsNumber.format(c)));
        }
        if (!listed) {
            select.appendChild(option(JsNumber.format(current), JsNumber.format(current)));
        }
        select.setValue(JsNumber.format(current));
    }

    /** Shows the state in every control and hides what the link hides. */
    void show(PlaygroundState s) {
        numberOptions("learningRateInput", LEARNING_RATES, s.learningRate());
        numberOptions("regularizationRateInput", REGULARIZATION_RATES, s.regularizationRate());
        ((HTMLSelectElement) Dom.byId("activationInput")).setValue(s.activation().id());
        ((HTMLSelectElement) Dom.byId("lossInput")).setValue(s.loss().id());
        ((HTMLSelectElement) Dom.byId("optimizerInput")).setValue(s.optimizer().id());
        ((HTMLSelectElement) Dom.byId("regularizationInput")).setValue(s.regularization().id());
        ((HTMLSelectElement) Dom.byId("problemInput")).setValue(s.problem().id());
        ((HTMLSelectElement) Dom.byId("initInput")).setValue(s.init().id());
        // regression always trains a linear output under squared error (Head.of)
        HTMLSelectElement loss = Dom.byId("lossInput");
        loss.setDisabled(s.problem() == Problem.REGRESSION);
        loss.setTitle(s.problem() == Problem.REGRESSION ? "Regression always uses squared error" : "");
        ((HTMLSelectElement) Dom.byId("regularizationRateInput")).setDisabled(s.regularization() == Regularization.NONE);
        range("speed", s.speed(), Integer.toString(s.speed()));
        Dom.text("speedUnit", Texts.noun(s.speed(), "epoch"));
        range("percTrainData", s.percTrainData(), JsNumber.format(s.percTrainData()));
        range("noise", s.noise(), JsNumber.format(s.noise()));
        HTMLInputElement batch = Dom.byId("batchSizeInput");
        batch.setAttribute("max", Integer.toString(Math.max(30, s.batchSize())));
        range("batchSize", s.batchSize(), Integer.toString(s.batchSize()));
        ((HTMLInputElement) Dom.byId("showTestDataInput")).setChecked(s.showTestData());
        ((HTMLInputElement) Dom.byId("discretizeInput")).setChecked(s.discretize());
        ((HTMLInputElement) Dom.byId("firstLayerLinesInput")).setChecked(s.firstLayerLines());
        Dom.byId("percTrainData").setHidden(s.hidden().contains(Control.PERC_TRAIN_DATA) || !s.dataKind().heldOut());
        for (Control c : Control.values()) {
            if (c != Control.PERC_TRAIN_DATA) {
                Dom.byId(c.id()).setHidden(s.hidden().contains(c));
            }
        }
        Dom.byId("restartButton").setHidden(s.hidden().contains(Control.RESET_BUTTON));
        Dom.byId("regenerate").setHidden(s.dataKind().user());
    }

    private static void range(String id, double value, String text) {
        HTMLInputElement input = Dom.byId(id + "Input");
        input.setValue(JsNumber.format(value));
        Dom.text(id + "Value", text);
    }

    void showPlaying(boolean playing) {
        HTMLElement b = Dom.byId("playButton");
        b.setAttribute("aria-label", playing ? "Pause" : "Play");
        b.setAttribute("aria-pressed", Boolean.toString(playing));
    }
}
