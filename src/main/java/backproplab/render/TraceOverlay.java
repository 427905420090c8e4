package backproplab.render;

import backproplab.nn.Network;
import backproplab.playground.PointTrace;
import backproplab.playground.PointTrace.Phase;
import backproplab.text.Fmt;

/** A traced point drawn over a {@link NetworkDiagram} (the playground's "Trace one point"). */
public final class TraceOverlay {
    private final NetworkDiagram d;
    private final int[] n;
    private final int layers;

    /** @param n the traced network's layer sizes, those the diagram was laid out for */
    public TraceOverlay(NetworkDiagram diagram, int[] n) {
        this.d = diagram;
        this.n = n.clone();
        this.layers = n.length - 1;
    }

    /**
     * One step of a point's trace over the diagram as {@link #draw} left it: the rest fades, the
     * lines the step uses are drawn by the number it uses (the weight going forward and sending δ
     * back, ∂ℓ/∂w for the gradients, the change in the update), scaled so the largest is thickest;
     * the units it has computed carry their z (forward) or δ (backward).
     */
    public void draw(Surface s, Style style, PointTrace t, int stepIndex) {
        PointTrace.Step step = t.step(stepIndex);
        Network net = t.traced;
        Palette p = style.palette();
        s.globalAlpha(0.75);
        s.fillColor(Rgb.of(0xffffff));
        s.fillRect(0, 0, d.width, d.height);
        s.globalAlpha(1);
        int l = step.layer();
        switch (step.phase()) {
            case FORWARD:
                for (int i = 0; i < n[l - 1]; i++) {
                    traceLink(s, style, l, step.unit(), i, net.weight(l, step.unit(), i), 1);
                }
                break;
            case GRADIENT:
                traceLayer(s, style, l, (j, i) -> t.weightGradient(l, j, i));
                break;
            case DELTA:
                for (int j = 0; j < n[l + 1]; j++) {
                    for (int i = 0; i < n[l]; i++) {
                        traceLink(s, style, l + 1, j, i, net.weight(l + 1, j, i), 1);
                    }
                }
                break;
            case UPDATE: {
                double largest = 0;
                for (int k = 1; k <= layers; k++) {
                    int layer = k;
                    largest = Math.max(largest, largest(k, (j, i) -> t.weightChange(layer, j, i)));
                }
                for (int k = 1; k <= layers; k++) {
                    for (int j = 0; j < n[k]; j++) {
                        for (int i = 0; i < n[k - 1]; i++) {
                            traceLink(s, style, k, j, i, t.weightChange(k, j, i), largest);
                        }
                    }
                }
                break;
            }
            default:
                break;
        }
        s.font(style.fontPx() * 0.9, true);
        s.textAlign(Surface.Align.CENTER);
        s.textBaseline(Surface.Baseline.MIDDLE);
        Phase phase = step.phase();
        // forward: z of every unit computed so far; backward: δ of the layers done, z of the layer a gradient multiplies
        int zBelow = phase == Phase.FORWARD ? l : phase == Phase.LOSS ? layers + 1 : phase == Phase.GRADIENT ? l - 1 : -1;
        int deltaFrom = phase == Phase.FORWARD || phase == Phase.LOSS || phase == Phase.UPDATE ? layers + 1 : l;
        if (zBelow >= 0 && (phase != Phase.GRADIENT || l == 1)) {
            for (int i = 0; i < n[0]; i++) {
                valueLabel(s, style, d.columnX(0), d.nodeY(0, d.inputRow(i)), net.z[0][i]);
            }
        }
        for (int k = 1; k <= layers; k++) {
            for (int j = 0; j < n[k]; j++) {
                if (k >= deltaFrom) {
                    valueLabel(s, style, d.columnX(k), d.nodeY(k, j), net.delta[k][j]);
                } else if (phase == Phase.FORWARD ? k < l || k == l && j <= step.unit() : phase == Phase.GRADIENT ? k == zBelow : k < zBelow) {
                    valueLabel(s, style, d.columnX(k), d.nodeY(k, j), net.z[k][j]);
                }
            }
        }
        s.strokeColor(p.ink);
        s.lineWidth(3 * style.lineWidth());
        switch (step.phase()) {
            case FORWARD:
                ring(s, l, step.unit());
                break;
            case LOSS:
            case OUTPUT_DELTA:
                ring(s, layers, 0);
                break;
            case GRADIENT:
            case DELTA:
                for (int j = 0; j < n[l]; j++) {
                    ring(s, l, j);
                }
                break;
            default:
                break;
        }
    }

    /** A number per link of layer l: W[l]ⱼᵢ, ∂ℓ/∂W[l]ⱼᵢ, … */
    private interface LinkValue {
        double of(int j, int i);
    }

    private void traceLayer(Surface s, Style style, int l, LinkValue value) {
        double largest = largest(l, value);
        for (int j = 0; j < n[l]; j++) {
            for (int i = 0; i < n[l - 1]; i++) {
                traceLink(s, style, l, j, i, value.of(j, i), largest);
            }
        }
    }

    private double largest(int l, LinkValue value) {
        double largest = 0;
        for (int j = 0; j < n[l]; j++) {
            for (int i = 0; i < n[l - 1]; i++) {
                largest = Math.max(largest, Math.abs(value.of(j, i)));
            }
        }
        return largest;
    }

    /** A link drawn by {@code v / scale}: the sign as its colour, the size as its width (a weight's own when scale is 1). */
    private void traceLink(Surface s, Style style, int l, int j, int i, double v, double scale) {
        double shown = scale == 1 ? v : scale == 0 ? 0 : 4 * v / scale;
        s.strokeColor(style.palette().color(shown));
        s.lineWidth((NetworkDiagram.linkWidth(shown) + 0.6) * style.lineWidth());
        d.stroke(s, l, j, i);
    }

    private void ring(Surface s, int l, int j) {
        s.strokeRect(d.columnX(l) - d.node / 2 - 3, d.nodeY(l, j) - d.node / 2 - 3, d.node + 6, d.node + 6);
    }

    /** A number on a node's lower edge, on a white tag so it reads over the node's picture. */
    private void valueLabel(Surface s, Style style, double x, double y, double v) {
        String text = Fmt.minus(Fmt.num(v, 2));
        double w = s.measureText(text) + 6;
        double h = style.fontPx() * 1.15;
        double top = y + d.node / 2 - h + 2;
        s.fillColor(Rgb.of(0xffffff));
        s.fillRect(x - w / 2, top, w, h);
        s.strokeColor(style.palette().ink);
        s.lineWidth(1);
        s.strokeRect(x - w / 2, top, w, h);
        s.fillColor(style.palette().ink);
        s.fillText(text, x, top + h / 2);
    }
}
