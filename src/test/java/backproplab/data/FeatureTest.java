package backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureTest {
    @Test
    void eachFeatureComputesItsFormula() {
        double x1 = 1.5;
        double x2 = -2;
        assertEquals(1.5, Feature.X.value(x1, x2));
        assertEquals(-2.0, Feature.Y.value(x1, x2));
        assertEquals(2.25, Feature.X_SQUARED.value(x1, x2));
        assertEquals(4.0, Feature.Y_SQUARED.value(x1, x2));
        assertEquals(-3.0, Feature.X_TIMES_Y.value(x1, x2));
        assertEquals(Math.sin(1.5), Feature.SIN_X.value(x1, x2), 2e-16);
        assertEquals(Math.sin(-2), Feature.SIN_Y.value(x1, x2), 2e-16);
        assertEquals(Math.cos(1.5), Feature.COS_X.value(x1, x2), 2e-16, "cos works here, unlike in TF Playground");
        assertEquals(Math.cos(-2), Feature.COS_Y.value(x1, x2), 2e-16);
    }

    @Test
    void idsAreTfPlaygroundsLinkKeysAndLabelsUseSubscripts() {
        String[] ids = {"x", "y", "xSquared", "ySquared", "xTimesY", "sinX", "sinY", "cosX", "cosY"};
        String[] labels = {"x₁", "x₂", "x₁²", "x₂²", "x₁x₂", "sin(x₁)", "sin(x₂)", "cos(x₁)", "cos(x₂)"};
        for (int i = 0; i < ids.length; i++) {
            assertEquals(ids[i], Feature.values()[i].id());
            assertEquals(labels[i], Feature.values()[i].label());
        }
    }

    @Test
    void fillWritesTheChosenFeaturesInEnumOrder() {
        Feature[] inputs = Feature.inOrder(Set.of(Feature.X_TIMES_Y, Feature.X, Feature.Y));
        assertArrayEquals(new Feature[] {Feature.X, Feature.Y, Feature.X_TIMES_Y}, inputs);
        double[] out = {9, 9, 9, 9};
        Feature.fill(inputs, 2, 3, out);
        assertArrayEquals(new double[] {2, 3, 6, 9}, out, "writes only the first three slots");
    }
}
