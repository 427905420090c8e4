package backproplab.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.math.Rng;
import backproplab.nn.Activation;
import backproplab.nn.Head;
import backproplab.nn.Init;
import backproplab.nn.Network;
import backproplab.nn.Optimizer;
import backproplab.nn.Regularization;
import backproplab.nn.Trainer;
import org.junit.jupiter.api.Test;

/** Filter normalisation, the path's principal plane and the slice's losses, each against a computation of its own. */
class LandscapeTest {
    private static Network randomNetwork(Rng rng) {
        int layers = 1 + rng.nextInt(4);
        int[] sizes = new int[layers + 2];
        sizes[0] = 1 + rng.nextInt(6);
        for (int l = 1; l <= layers; l++) {
            sizes[l] = 1 + rng.nextInt(8);
        }
        sizes[layers + 1] = 1;
        Activation[] all = Activation.all();
        Network net = new Network(sizes, all[rng.nextInt(all.length)], Activation.TANH);
        net.init(Init.values()[rng.nextInt(Init.values().length)], rng);
        return net;
    }

    @Test
    void eachUnitsBlockOfARandomDirectionHasTheNormOfItsWeightsAndBiasesStay() {
        Rng rng = Rng.fromString("directions");
        for (int c = 0; c < 200; c++) {
            Network net = randomNetwork(rng);
            double[] d = Directions.filterNormalized(net, rng);
            int k = 0;
            for (int l = 1; l <= net.L; l++) {
                for (int j = 0; j < net.n[l]; j++) {
                    double own = 0;
                    double block = 0;
                    for (int i = 0; i < net.n[l - 1]; i++) {
                        own += net.weight(l, j, i) * net.weight(l, j, i);
                        block += d[k + i] * d[k + i];
                    }
                    assertEquals(Math.sqrt(own), Math.sqrt(block), 1e-12 * Math.max(1, Math.sqrt(own)), "unit " + j + " of layer " + l);
                    k += net.n[l - 1];
                }
                for (int j = 0; j < net.n[l]; j++) {
                    assertEquals(0, d[k++], "biases are not moved");
                }
            }
            assertEquals(net.parameterCount(), k);
        }
    }

    @Test
    void gaussianDrawsHaveMeanZeroAndVarianceOne() {
        Rng rng = Rng.fromString("gauss");
        double sum = 0;
        double squares = 0;
        int n = 200_000;
        for (int k = 0; k < n; k++) {
            double g = Directions.gaussian(rng);
            sum += g;
            squares += g * g;
        }
        assertEquals(0, sum / n, 0.01);
        assertEquals(1, squares / n, 0.01);
    }

    @Test
    void thePathsPlaneIsOrthonormalAndExplainsWhatItsResidualLeaves() {
        Rng rng = Rng.fromString("pca");
        for (int c = 0; c < 40; c++) {
            int p = 5 + rng.nextInt(200);
            Path path = new Path(p);
            double[] theta = new double[p];
            int steps = 3 + rng.nextInt(300);
            for (int e = 0; e <= steps; e++) {
                path.record(e, theta);
                for (int q = 0; q < p; q++) { // a drift along a few axes, and noise
                    theta[q] += (q % 7 == 0 ? 0.3 : 0.01) * (rng.nextDouble() - 0.2) / (1 + 0.01 * e);
                }
            }
            Path.Plane plane = path.plane(theta);
            assertEquals(1, Directions.norm(plane.first(), 0, p), 1e-12);
            assertEquals(1, Directions.norm(plane.second(), 0, p), 1e-12);
            assertEquals(0, Directions.dot(plane.first(), plane.second()), 1e-12);
            double total = 0;
            double projected = 0;
            for (int i = 0; i < path.count(); i++) {
                double[] snap = path.snapshot(i);
                for (int q = 0; q < p; q++) {
                    double x = snap[q] - theta[q];
                    total += x * x;
                }
                projected += plane.coordinates()[i][0] * plane.coordinates()[i][0] + plane.coordinates()[i][1] * plane.coordinates()[i][1];
            }
            assertEquals(total, plane.total(), 1e-9 * total);
            assertEquals((1 - plane.explainedBoth()) * total, total - projected, 1e-6 * total, "case " + c + ": the residual is the variance left");
            assertTrue(plane.explained()[0] >= plane.explained()[1], "the first axis explains the most");
        }
    }

    @Test
    void aPathInAPlaneIsExplainedWhole() {
        int p = 30;
        Path path = new Path(p);
        double[] theta = new double[p];
        for (int e = 0; e < 20; e++) {
            for (int q = 0; q < p; q++) {
                theta[q] = (q == 3 ? Math.cos(e * 0.4) : 0) + (q == 17 ? e * 0.1 : 0);
            }
            path.record(e, theta);
        }
        assertEquals(1, path.plane(theta).explainedBoth(), 1e-9);
    }

    @Test
    void aLongRunKeepsAnEvenRecordInBoundedMemory() {
        Path path = new Path(3);
        double[] theta = new double[3];
        for (int e = 0; e <= 1000; e++) {
            theta[0] = e;
            path.record(e, theta);
        }
        assertTrue(path.count() <= Path.CAPACITY && path.count() > Path.CAPACITY / 2, "count " + path.count());
        assertEquals(8, path.interval());
        for (int k = 0; k < path.count(); k++) {
            assertEquals(k * 8, path.epoch(k));
            assertEquals(k * 8, path.snapshot(k)[0]);
        }
    }

    @Test
    void everyCellIsTheEnginesLossAtThoseWeights() {
        Rng rng = Rng.fromString("slice");
        for (int c = 0; c < 30; c++) {
            Network net = randomNetwork(rng);
            int count = 20;
            double[] x = new double[count * net.n[0]];
            double[] y = new double[count];
            for (int k = 0; k < x.length; k++) {
                x[k] = rng.uniform(-4, 4);
            }
            for (int k = 0; k < count; k++) {
                y[k] = rng.nextInt(2) * 2 - 1;
            }
            Trainer trainer = new Trainer(net, Head.TANH_SQUARED.loss, Optimizer.SGD, 0.03, Regularization.NONE, 0, 10);
            double[] centre = new double[net.parameterCount()];
            net.copyParametersTo(centre);
            double[] d1 = Directions.filterNormalized(net, rng);
            double[] d2 = Directions.filterNormalized(net, rng);
            Slice slice = new Slice(net, trainer, centre, d1, d2, 1.5, 11, x, y, count);
            while (!slice.advance(7)) {
                // a few cells at a time, as the page does
            }
            for (int cell = 0; cell < 121; cell += 1 + rng.nextInt(9)) {
                double s = slice.coordinate(cell % 11);
                double t = -slice.coordinate(cell / 11);
                double[] theta = new double[centre.length];
                for (int q = 0; q < theta.length; q++) {
                    theta[q] = centre[q] + s * d1[q] + t * d2[q];
                }
                Network other = new Network(net.n, net.hidden(), net.output());
                other.setParameters(theta);
                Trainer engine = new Trainer(other, Head.TANH_SQUARED.loss, Optimizer.SGD, 0.03, Regularization.NONE, 0, 10);
                assertEquals(engine.meanLoss(x, y, count), slice.losses()[cell], "cell " + cell);
            }
            assertEquals(trainer.meanLoss(x, y, count), slice.losses()[60], "the centre is the current loss");
        }
    }
}
