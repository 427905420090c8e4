package backproplab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.autodiff.Program;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackpropHashTest {
    @Test
    void anInstructorsLinkToStepSevenOfTheWorkedExampleIsJustTheStep() {
        BackpropHash.Parsed p = BackpropHash.parse("#step=7");
        assertEquals(7, p.state().step());
        assertNull(p.state().program(), "no program: the page's default, the worked example");
        assertTrue(p.notices().isEmpty());
        BackpropHash s = new BackpropHash(Program.WORKED_EXAMPLE, Map.of(), 7, "expr", Map.of());
        assertEquals("#step=7", s.toHash(Program.WORKED_EXAMPLE));
    }

    @Test
    void programsInputsStepAndViewSurviveTheRoundTrip() {
        Map<String, Double> in = new LinkedHashMap<>();
        in.put("a", -2.5);
        in.put("b", 0.1);
        String program = "z = (a + b) * (b + 1) & 100% # \"ünï\", σ";
        BackpropHash s = new BackpropHash(program, in, 12, "mlp", Map.of());
        String hash = s.toHash(Program.WORKED_EXAMPLE);
        assertTrue(hash.indexOf(' ') < 0 && hash.indexOf('#', 1) < 0, hash);
        BackpropHash.Parsed back = BackpropHash.parse(hash);
        assertEquals(s, back.state());
        assertTrue(back.notices().isEmpty(), back.notices()::toString);
    }

    @Test
    void aMangledHashGivesNoticesAndKeepsWhatIsUsable() {
        BackpropHash.Parsed p = BackpropHash.parse("#step=seven&in=u:abc,v:3,w&view=graph&colour=red&expr=u%zz%");
        assertEquals(-1, p.state().step());
        assertEquals(Map.of("v", 3.0), p.state().inputs());
        assertEquals("expr", p.state().view());
        assertEquals("u%zz%", p.state().program(), "stray percent signs stay as they are");
        List<String> n = p.notices();
        assertEquals(5, n.size(), n::toString);
        assertTrue(n.get(0).contains("seven"), n.get(0));
    }

    @Test
    void negativeStepsAndInfiniteInputsAreRefused() {
        BackpropHash.Parsed p = BackpropHash.parse("step=-3&in=u:Infinity,v:NaN,w:1e400,x:2d,y:");
        assertEquals(-1, p.state().step());
        assertTrue(p.state().inputs().isEmpty());
        assertEquals(6, p.notices().size(), p.notices()::toString);
    }
}
