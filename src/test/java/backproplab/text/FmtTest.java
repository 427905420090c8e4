package backproplab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A figure that does not exist reads the same wherever the playground shows one. */
class FmtTest {

    @Test
    void aMissingPercentageIsTheSameSignAsAMissingLoss() {
        assertEquals("65.2%", Fmt.percent(0.6523, 1));
        assertEquals("100.0%", Fmt.percent(1, 1));
        assertEquals(Fmt.MISSING, Fmt.percent(Double.NaN, 1));
        assertEquals("—", Fmt.MISSING, "the em dash, not the en dash – or a hyphen");
    }

    @Test
    void thePlaygroundsFiguresWaitForTheScriptWithTheSameSign() throws IOException {
        String html = Files.readString(Path.of("webapp", "index.html"));
        Matcher figure = Pattern.compile("<dd id=\"\\w+\" class=\"figure\">([^<]*)<").matcher(html);
        boolean any = false;
        while (figure.find()) {
            assertEquals(Fmt.MISSING, figure.group(1), figure.group());
            any = true;
        }
        assertTrue(any, "index.html shows its figures (loss, accuracy) in dd elements of class figure");
    }

    @Test
    void theEpochCounterHasSixDigitsAtLeastInGroupsOfThree() {
        assertEquals("000,000", Fmt.epochCounter(0));
        assertEquals("001,234", Fmt.epochCounter(1234));
        assertEquals("999,999", Fmt.epochCounter(999_999));
        assertEquals("1,000,000", Fmt.epochCounter(1_000_000));
    }
}
