package backproplab;

import backproplab.text.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TF Playground's numbers as tools/record-tf-reference recorded them from its deployed build
 * (src/test/resources/tf-reference; docs/tf-playground.md, "Reference numbers").
 */
public final class TfReference {
    /** The links recorded, in the order of their files link-00.json, link-01.json, … */
    public static final int LINKS = 34;

    private TfReference() {
    }

    /** generator.json: per seed, its first numbers. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> generator() {
        return (List<Map<String, Object>>) Json.parse(text("generator.json"));
    }

    /** link-NN.json: the link, the shuffled points and split, and per epoch the shown losses, weights and biases. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> link(int k) {
        return (Map<String, Object>) Json.parse(text(String.format("link-%02d.json", k)));
    }

    @SuppressWarnings("unchecked")
    public static double[] numbers(Object list) {
        List<Object> values = (List<Object>) list;
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Double) values.get(i);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public static List<double[]> rows(Object list) {
        List<double[]> out = new ArrayList<>();
        for (Object row : (List<Object>) list) {
            out.add(numbers(row));
        }
        return out;
    }

    /**
     * What JavaScript's toFixed(3) shows for a loss (never negative): the exact value rounded half
     * up, and from 10^21 on the number as JavaScript writes it.
     */
    public static String toFixed3(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x >= 1e21) {
            return backproplab.text.JsNumber.format(x);
        }
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    private static String text(String name) {
        try (InputStream in = TfReference.class.getResourceAsStream("/tf-reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no recorded " + name + "; tools/record-tf-reference makes it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
