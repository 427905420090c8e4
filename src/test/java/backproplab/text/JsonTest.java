package backproplab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void readsEveryKindOfValueAsPlainJava() {
        Object v = Json.parse(" {\"a\": [1, -0.5e1, 0, -0], \"b\": \"x\\n\\u00e9\\\"\", \"c\": true, \"d\": null, \"e\": {}} ");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(List.of(1.0, -5.0, 0.0, -0.0), m.get("a"));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((Double) ((List<?>) m.get("a")).get(3)));
        assertEquals("x\né\"", m.get("b"));
        assertEquals(Boolean.TRUE, m.get("c"));
        assertSame(Json.NULL, m.get("d"));
        assertEquals(Map.of(), m.get("e"));
        assertEquals(List.of("a", "b", "c", "d", "e"), List.copyOf(m.keySet()));
    }

    @Test
    void refusesWhatRfc8259DoesNotAllowNamingLineAndColumn() {
        String[][] cases = {
            {"{\"a\": 1,}", "line 1, column 9: expected a member name"},
            {"[1, 2,]", "line 1, column 7: expected a value but found ']'"},
            {"{'a': 1}", "expected a member name in double quotes but found '''"},
            {"[NaN]", "expected a value but found 'N'"},
            {"[Infinity]", "expected a value"},
            {"[01]", "leading zeros"},
            {"[1.]", "a decimal point must be followed by a digit"},
            {"[.5]", "expected a value but found '.'"},
            {"[+1]", "expected a value but found '+'"},
            {"[1e]", "an exponent needs a digit"},
            {"[0x10]", "leading zeros or this form"},
            {"{\"a\": 1, \"a\": 2}", "the name \"a\" appears twice"},
            {"[1] [2]", "after the end of the JSON value"},
            {"", "line 1, column 1: expected a value but found the end of the text"},
            {"[\"a\tb\"]", "raw control character (U+0009)"},
            {"[\"\\x41\"]", "\\x is not a JSON escape"},
            {"[\"\\u12G4\"]", "four hexadecimal digits"},
            {"[\"abc", "the text ends inside a string"},
            {"// comment\n[1]", "expected a value but found '/'"},
            {"[1,\n 2,\n tru]", "line 3, column 2: expected a value but found 't'"},
            {"[1,\n 2\n 3]", "line 3, column 2: expected ',' or ']' after an element but found '3'"},
            {"[tRUE]", "expected a value"},
            {"\uD83D[1]", "expected a value but found the character U+D83D"},
        };
        for (String[] c : cases) {
            Json.Error e = assertThrows(Json.Error.class, () -> Json.parse(c[0]), c[0]);
            assertTrue(e.getMessage().contains(c[1]), c[0] + " → " + e.getMessage());
        }
    }

    @Test
    void nestingDeeperThanTheLimitIsAnErrorNotAStackOverflow() {
        String deep = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        Json.parse(deep); // exactly the limit is fine
        for (String open : new String[] {"[", "{\"a\":"}) {
            String hostile = open.repeat(1_000_000);
            Json.Error e = assertThrows(Json.Error.class, () -> Json.parse(hostile));
            assertTrue(e.getMessage().contains("nested more than 64 levels"), e.getMessage());
        }
    }

    @Test
    void numbersTooLargeForADoubleReadAsInfinityForTheCallerToRefuse() {
        assertEquals(List.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0), Json.parse("[1e400, -1e400, 1e-400]"));
    }

    @Test
    void writesACanonicalLayoutThatReadsBackToTheSameValue() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "tab\tquote\"back\\slash\u0001é😀");
        m.put("flat", List.of(1.5, -0.0, 1e21, 5e-324, 3));
        m.put("nested", List.of(List.of(1.0, 2.0), List.of()));
        m.put("flag", false);
        m.put("nothing", Json.NULL);
        String text = Json.write(m);
        assertEquals("{\n"
                + "  \"name\": \"tab\\tquote\\\"back\\\\slash\\u0001é\\uD83D\\uDE00\",\n"
                + "  \"flat\": [1.5, -0, 1e+21, 5e-324, 3],\n"
                + "  \"nested\": [\n"
                + "    [1, 2],\n"
                + "    []\n"
                + "  ],\n"
                + "  \"flag\": false,\n"
                + "  \"nothing\": null\n"
                + "}\n", text);
        assertEquals(text, Json.write(Json.parse(text)));
    }

    @Test
    void refusesToWriteNumbersJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(List.of(Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> Json.write(List.of(Double.POSITIVE_INFINITY)));
    }

    @Test
    void aByteOrderMarkAtTheStartIsSkipped() {
        assertEquals(List.of(1.0), Json.parse("\uFEFF[1]"));
    }
}
