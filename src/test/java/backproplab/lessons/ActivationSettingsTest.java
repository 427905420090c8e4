package backproplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.nn.Activation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivationSettingsTest {

    @Test
    void theIssuesExampleLinkIsReadAsWritten() {
        ActivationSettings.Parsed p = ActivationSettings.parse("#fn=gelu&derivative=true&slope=0.1");
        assertEquals(List.of(), p.notices());
        assertEquals(new ActivationSettings(Activation.Kind.GELU, true, 0.1), p.settings());
        assertEquals("fn=gelu&derivative=true&slope=0.1", p.settings().toHash());
    }

    @Test
    void theLeakySlopeReachesTheEngineOnlyForLeakyRelu() {
        ActivationSettings s = ActivationSettings.defaults().withSlope(0.25);
        assertEquals(-0.25, s.activation(Activation.Kind.LEAKY_RELU).value(-1));
        assertEquals(0.0, s.activation(Activation.Kind.RELU).value(-1));
        assertEquals(1.0, s.withSlope(7).slope(), "clamped to the slider's end");
        assertEquals(0.33, s.withSlope(0.3333).slope(), "kept to the slider's hundredths");
    }

    @Test
    void aMangledLinkGivesNoticesAndTheDefaults() {
        ActivationSettings.Parsed p = ActivationSettings.parse("fn=swish&derivative=yes&slope=-1&zoom=2");
        assertEquals(ActivationSettings.defaults(), p.settings());
        assertEquals(4, p.notices().size(), p.notices().toString());
        assertTrue(p.notices().get(0).contains("fn=swish"));
        assertTrue(p.notices().get(0).contains("tanh, sigmoid, relu, leakyrelu, silu, gelu, linear, step"));
    }

    @Test
    void everyActivationSurvivesTheRoundTrip() {
        for (Activation a : Activation.all()) {
            ActivationSettings s = new ActivationSettings(a.kind(), true, 0.05);
            assertEquals(s, ActivationSettings.parse(s.toHash()).settings());
        }
    }
}
