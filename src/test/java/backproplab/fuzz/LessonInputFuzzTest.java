package backproplab.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.autodiff.Program;
import backproplab.lessons.DescentSettings;
import backproplab.lessons.LearningRateScale;
import backproplab.lessons.LogisticSurface2D;
import backproplab.math.Rng;
import backproplab.nn.Activation;
import backproplab.nn.Init;
import backproplab.nn.Loss;
import backproplab.nn.Network;
import backproplab.page.BackpropLesson;
import backproplab.page.DescentLesson;
import backproplab.playground.GraphLink;
import backproplab.state.HashParams;
import backproplab.state.NetworkLink;
import backproplab.text.Texts;
import backproplab.web.BackpropHash;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The boxes a student types into on the lesson pages, fed the generator of {@link InputFuzzTest}. */
class LessonInputFuzzTest {
    private static final String[] VALID = {"0.05", "1e-3", "2", "0.1", "10", "3.5", ".5"};

    /** The descent page's α box: a learning rate is taken (from t = 0), anything else leaves the page as it was and says why. */
    @Test
    void theTypedLearningRateIsTakenOrRefusedWithTheStateKept() {
        DescentLesson lesson = new DescentLesson(DescentSettings.defaults().withT(3), LogisticSurface2D.standard());
        Rng rng = new Rng(27);
        int refused = 0;
        for (int i = 0; i < InputFuzzTest.CASES; i++) {
            String typed = InputFuzzTest.mutate(rng, VALID[rng.nextInt(VALID.length)]);
            DescentSettings before = lesson.settings();
            String notice = InputFuzzTest.noSurprise(typed, null, () -> lesson.typeAlpha(typed));
            if (notice == null) {
                double alpha = lesson.settings().alpha();
                assertTrue(alpha > 0 && alpha <= LearningRateScale.TYPED_MAX, InputFuzzTest.shorten(typed));
                assertEquals(before.withAlpha(alpha), lesson.settings(), InputFuzzTest.shorten(typed));
                if (lesson.curve().hasNext()) {
                    lesson.curve().next(); // move on, so that the next refusal has a t to keep
                }
            } else {
                refused++;
                InputFuzzTest.assertReadable(notice, typed);
                assertEquals(before, lesson.settings(), InputFuzzTest.shorten(typed));
            }
        }
        assertTrue(refused > 1000 && refused < InputFuzzTest.CASES - 1000, "both outcomes well exercised: " + refused);
        System.out.println("Fuzz, typed α: " + InputFuzzTest.CASES + " inputs, " + refused + " refused with a readable notice, 0 exceptions");
    }

    // ---- the backprop page's link to a playground network ----

    private static final String[] NETWORK_VALUES = {
        "2,3,1", "1,13,1", "3,4,4,1", "2,2", "2,1", "1", "0,1", "2.5,1", "1e999,1", "tanh", "sigmoid", "relu", "leakyrelu", "step",
        "gelu", "squared", "log", "0", "1", "-1", "0.5", "NaN", "Infinity", "-0", "1e999", "", ",", ",,", "x₁,x₂", "x₁,x₁", "a[1]",
        "ℓ", "y", "%E2%82", "%", "1,2,3", "0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1,1.1,1.2,1.3", "<b>x</b>", "😀,😀",
    };
    private static final String[] NAMES = {"x₁", "x₂", "x₁²", "x₂²", "x₁x₂", "sin(x₁)", "sin(x₂)", "cos(x₁)", "cos(x₂)"};

    /** What the page does with a hash: BackpropHash, then the lesson; the notices of both. */
    private static List<String> open(BackpropLesson l, String hash) {
        BackpropHash.Parsed p = BackpropHash.parse(hash);
        BackpropHash h = p.state();
        List<String> notices = new ArrayList<>(p.notices());
        notices.addAll(l.open(h.program(), h.inputs(), h.network(), h.step(), h.view().equals(BackpropHash.MLP)));
        return notices;
    }

    /** A link the playground could write: a random network of at most 40 parameters and one point. */
    private static String playgroundLink(Rng rng) {
        while (true) {
            int[] sizes = new int[2 + rng.nextInt(3)];
            for (int l = 0; l < sizes.length - 1; l++) {
                sizes[l] = 1 + rng.nextInt(l == 0 ? NAMES.length : 5);
            }
            sizes[sizes.length - 1] = 1;
            Activation[] all = Activation.all();
            Activation out = all[rng.nextInt(all.length)];
            Network net = new Network(sizes, all[rng.nextInt(all.length)], out);
            net.init(Init.XAVIER, rng);
            double[] x = new double[sizes[0]];
            String[] names = new String[sizes[0]];
            for (int i = 0; i < x.length; i++) {
                x[i] = 12 * rng.nextDouble() - 6;
                names[i] = NAMES[i];
            }
            Loss loss = Loss.LOG.fits(out) && rng.nextDouble() < 0.7 ? Loss.LOG : Loss.SQUARED;
            double y = loss == Loss.LOG ? (rng.nextDouble() < 0.5 ? -1 : 1) : 4 * rng.nextDouble() - 2;
            String hash = GraphLink.hash(net, x, rng.nextDouble() < 0.5 ? names : Texts.indexed("x", x.length), y, loss);
            if (hash != null) {
                return hash;
            }
        }
    }

    /**
     * net, act, out, loss, w, x, names or y given a random or mangled value in a playground's link:
     * the page opens a network or the lecture's example, says why in sentences, never throws, and
     * what it writes back opens the same page without a word.
     */
    @Test
    void aNetworkLinkWithAnyValuesOpensAValidPage() {
        Rng rng = new Rng(3030);
        int shown = 0;
        int refused = 0;
        for (int i = 0; i < InputFuzzTest.CASES; i++) {
            // one of the network's keys, given a random or mangled value, or left out
            NetworkLink.Key mangled = NetworkLink.Key.values()[rng.nextInt(NetworkLink.Key.values().length)];
            List<HashParams.Entry> entries = new ArrayList<>();
            for (HashParams.Entry e : HashParams.parse(playgroundLink(rng))) {
                if (!e.key().equals(mangled.id)) {
                    entries.add(e);
                    continue;
                }
                double u = rng.nextDouble();
                if (u < 0.05) {
                    continue;
                }
                String v = u < 0.5 ? InputFuzzTest.mutate(rng, e.value()) : u < 0.8 ? NETWORK_VALUES[rng.nextInt(NETWORK_VALUES.length)]
                        : InputFuzzTest.mutate(rng, NETWORK_VALUES[rng.nextInt(NETWORK_VALUES.length)]);
                entries.add(new HashParams.Entry(e.key(), v));
            }
            if (rng.nextDouble() < 0.2) {
                entries.add(new HashParams.Entry("step", Integer.toString(rng.nextInt(120))));
            }
            String h = "#" + HashParams.write(entries);
            BackpropLesson l = new BackpropLesson();
            List<String> notices = InputFuzzTest.noSurprise(h, null, () -> open(l, h));
            notices.forEach(n -> InputFuzzTest.assertReadable(n, h));
            String shorter = InputFuzzTest.shorten(h);
            assertTrue(l.network() && l.step() >= 0 && l.step() <= l.size() && l.size() > 0, shorter);
            InputFuzzTest.noSurprise(h, null, () -> List.of(l.now(), l.about(), l.checkRows(), l.algorithm(), l.canvasLabel(),
                    l.nodeChoices(), l.inputs()));
            assertTrue(l.about().startsWith("One training example x = ("), shorter);
            String again = new BackpropHash(l.program(), l.linkInputs(), l.step(), BackpropHash.MLP, l.linkNetwork())
                    .toHash(Program.WORKED_EXAMPLE);
            if (i % 5 == 0) { // opening it again draws the graph again: every fifth link, for time
                BackpropLesson back = new BackpropLesson();
                assertEquals(List.of(), open(back, again), shorter + " → " + again);
                assertEquals(l.canvasLabel(), back.canvasLabel(), shorter);
            }
            if (l.linkNetwork().isEmpty()) {
                refused++;
            } else {
                shown++;
            }
        }
        assertTrue(shown > 1000 && refused > 3000, shown + " shown, " + refused + " refused");
        System.out.println("Fuzz, backprop network links: " + InputFuzzTest.CASES + " links, " + shown + " networks shown, "
                + refused + " refused for the lecture's example with a sentence, 0 exceptions");
    }
}
