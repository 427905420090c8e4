package backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backproplab.math.Rng;
import backproplab.state.HashParams.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashParamsTest {
    @Test
    void readsEntriesInOrderSplittingAtTheFirstEqualsSign() {
        assertEquals(List.of(new Entry("a", "1"), new Entry("b", "x=y"), new Entry("c", ""), new Entry("a", "2")),
                HashParams.parse("#a=1&b=x=y&&c&a=2"));
        assertEquals(List.of(new Entry("a", "1")), HashParams.parse("a=1"));
        assertEquals(List.of(), HashParams.parse(""));
        assertEquals(List.of(), HashParams.parse("#"));
        assertEquals(List.of(), HashParams.parse(null));
    }

    @Test
    void percentDecodingIsUtf8AndNeverThrowsOnMalformedEscapes() {
        assertEquals("a b&c", HashParams.decode("a%20b%26c"));
        assertEquals("é€😀", HashParams.decode("%C3%A9%E2%82%AC%F0%9F%98%80"));
        assertEquals("100%", HashParams.decode("100%"));
        assertEquals("%zz%4", HashParams.decode("%zz%4"));
        assertEquals("\uFFFD", HashParams.decode("%FF"));
        assertEquals("\uFFFDA", HashParams.decode("%C3A"), "a lead byte without its continuation");
        assertEquals("\uFFFD\uFFFD", HashParams.decode("%C0%AF"), "overlong encodings are refused");
        assertEquals("\uFFFD\uFFFD\uFFFD", HashParams.decode("%ED%A0%80"), "so are encoded surrogates");
        assertEquals("+", HashParams.decode("+"), "a + in a hash is a plus, not a space");
    }

    @Test
    void encodingKeepsTfStyleValuesReadableAndEscapesTheRest() {
        assertEquals("4,2", HashParams.encode("4,2"));
        assertEquals("0.03", HashParams.encode("0.03"));
        assertEquals("a%20b%26c%3Dd%25%23", HashParams.encode("a b&c=d%#"));
        assertEquals("%C3%A9", HashParams.encode("é"));
        assertEquals("%EF%BF%BD", HashParams.encode("\uD800"), "an unpaired surrogate cannot be sent: U+FFFD");
    }

    @Test
    void anyStringWithoutUnpairedSurrogatesSurvivesEncodeThenDecode() {
        Rng rng = new Rng(4);
        String alphabet = "aZ09 &=%#+,;.-_~!*'()?/:@\"<>\\^`{|}\t\né€中😀";
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            int n = rng.nextInt(20);
            for (int j = 0; j < n; j++) {
                int k = rng.nextInt(alphabet.length());
                if (Character.isSurrogate(alphabet.charAt(k))) {
                    s.append("😀");
                } else {
                    s.append(alphabet.charAt(k));
                }
            }
            String text = s.toString();
            assertEquals(text, HashParams.decode(HashParams.encode(text)));
            List<Entry> entries = List.of(new Entry(text, text), new Entry("k", text));
            assertEquals(entries, HashParams.parse(HashParams.write(entries)));
        }
    }
}
