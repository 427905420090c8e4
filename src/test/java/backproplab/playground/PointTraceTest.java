package backproplab.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.math.Rng;
import backproplab.nn.Activation;
import backproplab.nn.GradientCheckTest;
import backproplab.nn.Head;
import backproplab.nn.Init;
import backproplab.nn.Network;
import backproplab.nn.Optimizer;
import backproplab.nn.Regularization;
import backproplab.nn.Trainer;
import backproplab.playground.PointTrace.Phase;
import backproplab.playground.PointTrace.Step;
import backproplab.state.PlaygroundState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trace against the engine (the same numbers, bit for bit), against central differences of
 * the point's loss, against the update written out by hand, and its sentences against a network
 * small enough to work through on paper.
 */
class PointTraceTest {
    private static final int POINTS = 7;

    /** A random network, data and trainer: every activation and head, 0–6 hidden layers, 1–8 units. */
    private record Case(Network net, Trainer trainer, double[] x, double[] y, String name) {
        static Case random(Rng rng, int index) {
            Activation[] all = Activation.all();
            Activation hidden = all[index % all.length];
            Head head = Head.values()[(index / all.length) % Head.values().length];
            int layers = rng.nextInt(7);
            int[] sizes = new int[layers + 2];
            sizes[0] = 1 + rng.nextInt(7);
            for (int l = 1; l <= layers; l++) {
                sizes[l] = 1 + rng.nextInt(8);
            }
            sizes[layers + 1] = 1;
            Network net = new Network(sizes, hidden, head.activation);
            net.init(Init.values()[rng.nextInt(Init.values().length)], rng);
            double[] x = new double[POINTS * sizes[0]];
            for (int k = 0; k < x.length; k++) {
                x[k] = rng.uniform(-3, 3);
            }
            double[] y = new double[POINTS];
            for (int k = 0; k < POINTS; k++) {
                y[k] = head == Head.LINEAR_SQUARED ? rng.uniform(-2, 2) : rng.nextInt(2) * 2 - 1;
            }
            Optimizer optimizer = Optimizer.values()[rng.nextInt(3)];
            Regularization reg = Regularization.values()[rng.nextInt(Regularization.values().length)];
            Trainer trainer = new Trainer(net, head.loss, optimizer, rng.uniform(0.001, 0.5), reg, rng.uniform(0, 0.01), 1 + rng.nextInt(POINTS));
            String name = hidden.id() + "/" + head + " " + java.util.Arrays.toString(sizes) + " " + optimizer + " " + reg;
            return new Case(net, trainer, x, y, name);
        }

        PointTrace trace(int point) {
            return new PointTrace(net, trainer, x, y, POINTS, point, 0, 0);
        }
    }

    @Test
    void everyNumberIsTheEnginesBitForBit() {
        Rng rng = Rng.fromString("trace");
        for (int c = 0; c < 300; c++) {
            Case k = Case.random(rng, c);
            if (c % 2 == 1) {
                k.trainer.epoch(k.x, k.y, POINTS); // an epoch's remainder now waits for the next step
            }
            int point = rng.nextInt(POINTS);
            double[] before = parameters(k.net);
            PointTrace t = k.trace(point);
            assertArrayEquals(before, parameters(k.net), k.name + ": the live network is left as it was");

            Network e = k.net;
            e.zeroGradients();
            e.forward(k.x, point * e.n[0]);
            e.backward(k.trainer.loss(), k.y, point);
            for (int l = 0; l <= e.L; l++) {
                assertArrayEquals(e.z[l], t.traced.z[l], k.name + " z[" + l + "]");
                assertArrayEquals(e.a[l], t.traced.a[l], k.name + " a[" + l + "]");
                assertArrayEquals(e.delta[l], t.traced.delta[l], k.name + " δ[" + l + "]");
                assertArrayEquals(e.dW[l], t.traced.dW[l], k.name + " ∂ℓ/∂W[" + l + "]");
                assertArrayEquals(e.db[l], t.traced.db[l], k.name + " ∂ℓ/∂b[" + l + "]");
            }
            e.zeroGradients();

            // the step: a fresh trainer of the same settings over the batch alone is exactly what training does with it
            Network copy = new Network(e.n, e.hidden(), e.output());
            copy.setParameters(before);
            List<Integer> batch = batchOf(k.trainer, point);
            int size = batch.size();
            Trainer trainer = new Trainer(copy, k.trainer.loss(), k.trainer.optimizer(), k.trainer.learningRate(),
                    k.trainer.regularization(), k.trainer.regularizationRate(), size);
            double[] bx = new double[size * e.n[0]];
            double[] by = new double[size];
            for (int q = 0; q < size; q++) {
                System.arraycopy(k.x, batch.get(q) * e.n[0], bx, q * e.n[0], e.n[0]);
                by[q] = k.y[batch.get(q)];
            }
            trainer.epoch(bx, by, size);
            assertArrayEquals(parameters(copy), parameters(t.after), k.name + ": the parameters after the step");
            assertEquals(size, t.batchSize(), k.name + ": the batch's size");
            assertTrue(batch.contains(point), k.name + ": the point is in its batch");
        }
    }

    /**
     * The points whose gradients make the step that includes {@code point}, in the order training
     * adds them (docs/tf-playground.md, "Training"): batches count from each epoch's first point;
     * an epoch's last, incomplete batch waits and joins the next epoch's first, as do the points a
     * finished epoch left pending.
     */
    private static List<Integer> batchOf(Trainer trainer, int point) {
        int b = Math.min(trainer.batchSize(), POINTS);
        int tail = POINTS % b;
        List<Integer> members = new ArrayList<>();
        int carried = point >= POINTS - tail ? tail : point < b ? trainer.pending() : 0;
        for (int q = POINTS - carried; q < POINTS; q++) {
            members.add(q);
        }
        int from = point >= POINTS - tail ? 0 : point / b * b;
        for (int q = from; q < from + b; q++) {
            members.add(q);
        }
        return members;
    }

    @Test
    void gradientsAgreeWithCentralDifferencesOfThePointsLoss() {
        Rng rng = Rng.fromString("trace/central");
        int checked = 0;
        for (int c = 0; c < 120; c++) {
            Case k = Case.random(rng, c);
            Activation.Kind kind = k.net.hidden().kind();
            if (kind == Activation.Kind.STEP || kind == Activation.Kind.RELU || kind == Activation.Kind.LEAKY_RELU) {
                continue; // kinks and flats: a difference across a kink measures no derivative
            }
            int point = rng.nextInt(POINTS);
            PointTrace t = k.trace(point);
            double[] gradient = GradientCheckTest.flatGradient(t.traced);
            double[] theta = parameters(k.net);
            double h = 1e-5;
            for (int q = 0; q < theta.length; q++) {
                double numeric = (pointLoss(k, point, theta, q, h) - pointLoss(k, point, theta, q, -h)) / (2 * h);
                assertEquals(numeric, gradient[q], 1e-6 * Math.max(1, Math.abs(numeric)), k.name + " parameter #" + q);
                checked++;
            }
        }
        assertTrue(checked > 1000, "parameters checked: " + checked);
    }

    /** ℓ of the point on a network with parameters θ, θ_q moved by h. */
    private static double pointLoss(Case k, int point, double[] theta, int q, double h) {
        Network probe = new Network(k.net.n, k.net.hidden(), k.net.output());
        double[] moved = theta.clone();
        moved[q] += h;
        probe.setParameters(moved);
        probe.forward(k.x, point * probe.n[0]);
        int L = probe.L;
        return k.trainer.loss().value(probe.a[L][0], probe.z[L][0], k.y[point]);
    }

    @Test
    void theUpdateIsTheMeanGradientStepWrittenOut() {
        Rng rng = Rng.fromString("trace/update");
        for (int c = 0; c < 100; c++) {
            Case k = Case.random(rng, c * 3);
            k.trainer.setOptimizer(Optimizer.SGD);
            k.trainer.setRegularization(c % 2 == 0 ? Regularization.L2 : Regularization.NONE);
            int point = rng.nextInt(POINTS);
            PointTrace t = k.trace(point);
            Network net = k.net;
            double alpha = k.trainer.learningRate();
            double lambda = k.trainer.regularization() == Regularization.L2 ? k.trainer.regularizationRate() : 0;
            List<Integer> batch = batchOf(k.trainer, point);
            int size = batch.size();
            double[][] sum = new double[net.L + 1][];
            for (int l = 1; l <= net.L; l++) {
                sum[l] = new double[net.W[l].length];
            }
            for (int p : batch) {
                PointTrace one = k.trace(p);
                for (int l = 1; l <= net.L; l++) {
                    for (int q = 0; q < sum[l].length; q++) {
                        sum[l][q] += one.traced.dW[l][q];
                    }
                }
            }
            for (int l = 1; l <= net.L; l++) {
                for (int q = 0; q < sum[l].length; q++) {
                    double w = net.W[l][q];
                    double expected = w - alpha * sum[l][q] / size - alpha * lambda * w;
                    assertEquals(expected, t.after.W[l][q], 1e-12 * Math.max(1, Math.abs(expected)), k.name + " W[" + l + "] #" + q);
                }
            }
        }
    }

    @Test
    void stepsFollowTheAlgorithmBox() {
        Network net = new Network(new int[] {2, 3, 1}, Activation.TANH, Activation.TANH);
        Trainer trainer = new Trainer(net, Head.TANH_SQUARED.loss, Optimizer.SGD, 0.1, Regularization.NONE, 0, 1);
        PointTrace t = new PointTrace(net, trainer, new double[] {1, 2}, new double[] {1}, 1, 0, 1, 2);
        List<Step> expected = new ArrayList<>(List.of(
                new Step(Phase.FORWARD, 1, 0), new Step(Phase.FORWARD, 1, 1), new Step(Phase.FORWARD, 1, 2),
                new Step(Phase.FORWARD, 2, 0), new Step(Phase.LOSS, 2, 0), new Step(Phase.OUTPUT_DELTA, 2, 0),
                new Step(Phase.GRADIENT, 2, -1), new Step(Phase.DELTA, 1, -1), new Step(Phase.GRADIENT, 1, -1),
                new Step(Phase.UPDATE, 0, -1)));
        assertEquals(expected, t.steps());
        assertEquals(List.of(0, 1, 2), TraceText.activeLines(t.step(0)));
        assertEquals(List.of(7), TraceText.activeLines(t.step(7)));
        assertEquals("δ[l−1] = (W[l])ᵀ δ[l] ⊙ σ[l−1]′(a[l−1])", TraceText.ALGORITHM.get(7));
    }

    /**
     * x = (1, −2), W[1] = (0.5, 0.25), b[1] = −0.5, tanh; W[2] = 2, b[2] = 0.1, tanh output, y = 1,
     * squared error. By hand: a[1] = 0.5 − 0.5 − 0.5 = −0.5, z[1] = tanh(−0.5) = −0.462;
     * a[2] = 2·(−0.462) + 0.1 = −0.824, ŷ = −0.677; ℓ = ½(−0.677 − 1)² = 1.41;
     * δ[2] = (ŷ − 1)(1 − ŷ²) = −1.677·0.541 = −0.908; ∂ℓ/∂W[2] = δ[2]·z[1] = 0.419;
     * δ[1] = 2·(−0.908)·(1 − 0.462²) = −1.82·0.786 = −1.43; ∂ℓ/∂W[1] = (−1.43, 2.86);
     * with α = 0.1 and batch size 1: W[2] ← 2 − 0.0419 = 1.96, W[1]₁₂ ← 0.25 − 0.286 = −0.0356.
     */
    @Test
    void aNetworkSmallEnoughForPaperSaysItsNumbers() {
        Network net = new Network(new int[] {2, 1, 1}, Activation.TANH, Activation.TANH);
        net.setParameters(new double[] {0.5, 0.25, -0.5, 2, 0.1});
        Trainer trainer = new Trainer(net, Head.TANH_SQUARED.loss, Optimizer.SGD, 0.1, Regularization.NONE, 0, 1);
        PointTrace t = new PointTrace(net, trainer, new double[] {1, -2, 0.3, 0.7}, new double[] {1, -1}, 2, 0, 1, -2);
        TraceText text = new TraceText(t, new String[] {"x₁", "x₂"});
        assertEquals("Training point 1 of 2: (x₁, x₂) = (1, −2), y = 1", text.pointLine());

        TraceText.View first = text.view(0);
        assertEquals("Forward: layer 1, unit 1", first.title());
        assertEquals(List.of("z[0] = x = (x₁ = 1, x₂ = −2)", "a[1] = W[1]₁₁ x₁ + W[1]₁₂ x₂ + b[1]", "= 0.5·1 + 0.25·(−2) + (−0.5)",
                "= −0.5", "z[1] = tanh(−0.5) = −0.462"), first.formulas());

        TraceText.View output = text.view(1);
        assertEquals("Forward: the output unit", output.title());
        assertEquals(List.of("a[2] = W[2]₁₁ z[1] + b[2]", "= 2·(−0.462) + 0.1", "= −0.824", "z[2] = tanh(−0.824) = −0.677"), output.formulas());

        TraceText.View loss = text.view(2);
        assertEquals(List.of("ŷ = z[2] = −0.677, y = 1", "ℓ(y, ŷ) = ½(ŷ − y)² = ½(−0.677 − 1)² = 1.41"), loss.formulas());
        assertTrue(loss.notes().get(0).startsWith("The training loss the page shows, L, is the mean of ℓ over all 2 training points"));

        assertEquals(List.of("δ[2] = ∂ℓ/∂z[2] · σ′(a[2]) = (ŷ − y) · tanh′(−0.824)", "= (−1.68) · 0.541 = −0.908"), text.view(3).formulas());

        TraceText.View g2 = text.view(4);
        assertEquals("Backward: the gradients of W[2] and b[2]", g2.title());
        assertEquals(List.of("∂ℓ/∂W[2] = δ[2] (z[1])ᵀ: 1 × 1 numbers, one on each line into the output",
                "∂ℓ/∂W[2]₁₁ = δ[2] · z[1] = (−0.908) · (−0.462) = 0.419", "∂ℓ/∂b[2] = δ[2] = −0.908"), g2.formulas());

        assertEquals(List.of("δ[1] = (W[2])ᵀ δ[2] ⊙ σ′(a[1])", "δ[1] = (2·(−0.908)) · tanh′(−0.5) = (−1.82) · 0.786 = −1.43"),
                text.view(5).formulas());

        TraceText.View g1 = text.view(6);
        assertEquals(List.of("∂ℓ/∂W[1] = δ[1] (z[0])ᵀ: 1 × 2 numbers, one on each line into layer 1",
                "∂ℓ/∂W[1]₁₁ = δ[1] · x₁ = (−1.43) · 1 = −1.43", "∂ℓ/∂W[1]₁₂ = δ[1] · x₂ = (−1.43) · (−2) = 2.86",
                "∂ℓ/∂b[1] = δ[1] = −1.43"), g1.formulas());

        TraceText.View update = text.view(7);
        assertEquals("The update", update.title());
        assertEquals("w ← w − α · ∂L/∂w, α = 0.1", update.formulas().get(0));
        assertEquals("batch size 1: ∂L/∂w is this point's ∂ℓ/∂w", update.formulas().get(1));
        assertEquals("W[1]₁₂: 0.25 → −0.0356 (−0.286)", update.formulas().get(2));
        assertTrue(update.formulas().contains("W[2]₁₁: 2 → 1.96 (−0.0419)"), update.formulas().toString());
        assertEquals(8, t.steps().size());
        assertTrue(text.graphLink().startsWith("backprop.html#view=mlp&net=2,1,1&act=tanh&out=tanh&loss=squared&w="), text.graphLink());
        assertEquals(null, text.graphNote());
        assertEquals("Step 5 of 8: Backward: the gradients of W[2] and b[2]. ∂ℓ/∂b[2] = δ[2] = −0.908", text.announcement(4));
    }

    @Test
    void theUpdateStepSaysWhatTheBatchAndTheOptimiserDo() {
        Network net = new Network(new int[] {2, 1}, Activation.TANH, Activation.TANH);
        net.setParameters(new double[] {0.5, 0.25, -0.5});
        Trainer trainer = new Trainer(net, Head.TANH_SQUARED.loss, Optimizer.ADAM, 0.1, Regularization.L2, 0.01, 3);
        double[] x = {1, -2, 0.3, 0.7, 1, 1, 2, 2};
        PointTrace t = new PointTrace(net, trainer, x, new double[] {1, -1, 1, -1}, 4, 3, 2, 2);
        TraceText.View update = new TraceText(t, new String[] {"x₁", "x₂"}).view(t.steps().size() - 1);
        assertEquals("∂L/∂w = (1/4) Σ ∂ℓ/∂w over this point's batch: point 4 and points 1–3 of the training order",
                update.formulas().get(1), "point 4, left over from the batches of 3, joins the next epoch's first");
        assertTrue(update.notes().stream().anyMatch(n -> n.startsWith("The last point of an epoch makes no batch")), update.notes().toString());
        assertTrue(update.formulas().contains("then w ← w − αλw (L2, λ = 0.01)"), update.formulas().toString());
        assertTrue(update.notes().stream().anyMatch(n -> n.startsWith("Adam scales each step")), update.notes().toString());
        PointTrace second = new PointTrace(net, trainer, x, new double[] {1, -1, 1, -1}, 4, 1, 0.3, 0.7);
        TraceText.View u2 = new TraceText(second, new String[] {"x₁", "x₂"}).view(second.steps().size() - 1);
        assertEquals("∂L/∂w = (1/3) Σ ∂ℓ/∂w over this point's batch: points 1–3 of the training order", u2.formulas().get(1));
    }

    @Test
    void aPlaygroundTracesItsOwnTrainingPointsAndHeatmap() {
        Playground p = new Playground(PlaygroundState.DEFAULT, 20);
        for (int e = 0; e < 3; e++) {
            p.epoch();
        }
        PointTrace t = p.trace(5);
        assertEquals(p.data().train().x1[5], t.x1);
        assertEquals(p.trainLoss(), t.lossBefore, "the trace's L is the page's training loss");
        assertEquals(5, p.trainingPointNear(t.x1 + 0.01, t.x2, 0.5));
        assertEquals(-1, p.trainingPointNear(100, 100, 0.5));
        double[] after = p.pictureAfter(t).clone();
        double[] params = parameters(t.after);
        p.loadParameters(params, p.epochs());
        p.grid().update();
        assertArrayEquals(p.outputPicture(), after, "the heatmap after the step is the network's with the step taken");
    }

    private static double[] parameters(Network net) {
        double[] p = new double[net.parameterCount()];
        net.copyParametersTo(p);
        return p;
    }
}
