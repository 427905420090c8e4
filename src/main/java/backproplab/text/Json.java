package backproplab.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON (RFC 8259) reader and a canonical writer, for files a student saves and
 * loads. Values are plain Java: {@code Map<String, Object>} (keys in file order),
 * {@code List<Object>}, {@code String}, {@code Double}, {@code Boolean}, and {@link #NULL}.
 *
 * <p>Reading is strict (no comments, no trailing commas, no single quotes, no NaN, no
 * duplicate keys) and bounded: at most {@link #MAX_DEPTH} levels of nesting, so a hostile file
 * cannot overflow the stack, and at most {@link #MAX_CHARS} characters. Every mistake is a
 * {@link Error} naming its line and column.
 *
 * <p>Writing is canonical, so the same value always gives the same bytes: two-space indent,
 * one object member per line, arrays of plain values (numbers, strings, booleans) on one line,
 * other arrays one element per line; numbers in their shortest exact form ({@link JsNumber}),
 * with −0 kept as {@code -0}.
 */
public final class Json {
    private Json() {
    }

    /** JSON's {@code null} (a Java null would be ambiguous with "missing" in a map). */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    public static final int MAX_DEPTH = 64;
    /** 8 million characters: far above any model this app can build, far below a browser's limits. */
    public static final int MAX_CHARS = 8_000_000;

    /** A mistake in JSON text, at a place. */
    public static final class Error extends RuntimeException {
        private final int line;
        private final int column;

        Error(String reason, int line, int column) {
            super("line " + line + ", column " + column + ": " + reason);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** The value of {@code text}; throws {@link Error} for anything that is not exactly one JSON value. */
    public static Object parse(String text) {
        if (text.length() > MAX_CHARS) {
            throw new Error("the text is " + text.length() + " characters long; at most " + MAX_CHARS + " are read", 1, 1);
        }
        Reader r = new Reader(text);
        if (r.peek() == '\uFEFF') {
            r.pos++; // a byte-order mark some editors put first
        }
        Object value = r.value(0);
        r.space();
        if (r.pos < text.length()) {
            throw r.error("unexpected " + r.describe() + " after the end of the JSON value");
        }
        return value;
    }

    /** The name of a value's JSON type, for messages: "an object", "a number", … */
    public static String typeName(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Double) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "true/false";
        }
        return "null";
    }

    private static final class Reader {
        final String s;
        int pos;

        Reader(String s) {
            this.s = s;
        }

        int peek() {
            return pos < s.length() ? s.charAt(pos) : -1;
        }

        void space() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                pos++;
            }
        }

        Object value(int depth) {
            space();
            int c = peek();
            switch (c) {
                case '{':
                    return object(depth + 1);
                case '[':
                    return array(depth + 1);
                case '"':
                    return string();
                case 't':
                    return word("true", Boolean.TRUE);
                case 'f':
                    return word("false", Boolean.FALSE);
                case 'n':
                    return word("null", NULL);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw error("expected a value but found " + describe());
            }
        }

        Map<String, Object> object(int depth) {
            checkDepth(depth);
            pos++; // {
            Map<String, Object> members = new LinkedHashMap<>();
            space();
            if (peek() == '}') {
                pos++;
                return members;
            }
            while (true) {
                space();
                if (peek() != '"') {
                    throw error("expected a member name in double quotes but found " + describe());
                }
                int keyPos = pos;
                String key = string();
                if (members.containsKey(key)) {
                    pos = keyPos;
                    throw error("the name \"" + Texts.shorten(key, 40) + "\" appears twice in one object");
                }
                space();
                if (peek() != ':') {
                    throw error("expected ':' after the name \"" + Texts.shorten(key, 40) + "\" but found " + describe());
                }
                pos++;
                members.put(key, value(depth));
                space();
                int c = peek();
                pos++;
                if (c == '}') {
                    return members;
                }
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or '}' after a member but found " + describe());
                }
            }
        }

        List<Object> array(int depth) {
            checkDepth(depth);
            pos++; // [
            List<Object> items = new ArrayList<>();
            space();
            if (peek() == ']') {
                pos++;
                return items;
            }
            while (true) {
                items.add(value(depth));
                space();
                int c = peek();
                pos++;
                if (c == ']') {
                    return items;
                }
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or ']' after an element but found " + describe());
                }
            }
        }

        void checkDepth(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("values are nested more than " + MAX_DEPTH + " levels deep");
            }
        }

        String string() {
            pos++; // "
            StringBuilder out = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw error("the text ends inside a string");
                }
                char c = s.charAt(pos);
                if (c == '"') {
                    pos++;
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("a string may not contain a raw control character (U+00" + hex2(c) + "); write it as an escape");
                }
                if (c != '\\') {
                    out.append(c);
                    pos++;
                    continue;
                }
                pos++;
                int e = peek();
                pos++;
                switch (e) {
                    case '"': out.append('"'); break;
                    case '\\': out.append('\\'); break;
                    case '/': out.append('/'); break;
                    case 'b': out.append('\b'); break;
                    case 'f': out.append('\f'); break;
                    case 'n': out.append('\n'); break;
                    case 'r': out.append('\r'); break;
                    case 't': out.append('\t'); break;
                    case 'u': out.append(unicodeEscape()); break;
                    default:
                        pos--;
                        throw error("\\" + (e < 0 ? "" : String.valueOf((char) e)) + " is not a JSON escape (use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)");
                }
            }
        }

        char unicodeEscape() {
            int v = 0;
            for (int i = 0; i < 4; i++) {
                int c = peek();
                int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (d < 0) {
                    throw error("\\u must be followed by four hexadecimal digits");
                }
                v = v * 16 + d;
                pos++;
            }
            return (char) v;
        }

        /** JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?; too large becomes ±Infinity. */
        Double number() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            if (peek() == '0') {
                pos++;
            } else if (!digits()) {
                throw error("a '-' must be followed by a digit");
            }
            if (peek() == '.') {
                pos++;
                if (!digits()) {
                    throw error("a decimal point must be followed by a digit");
                }
            }
            if (peek() == 'e' || peek() == 'E') {
                pos++;
                if (peek() == '+' || peek() == '-') {
                    pos++;
                }
                if (!digits()) {
                    throw error("an exponent needs a digit");
                }
            }
            int c = peek();
            if ((c >= '0' && c <= '9') || c == '.' || c == 'x' || c == 'X') {
                throw error("a number may not have leading zeros or this form");
            }
            return JsNumber.decimal(s.substring(start, pos));
        }

        boolean digits() {
            int from = pos;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
            return pos > from;
        }

        Object word(String w, Object value) {
            if (!s.startsWith(w, pos)) {
                throw error("expected a value but found " + describe());
            }
            pos += w.length();
            return value;
        }

        /** The character at the current place, for messages. */
        String describe() {
            if (pos >= s.length()) {
                return "the end of the text";
            }
            char c = s.charAt(pos);
            if (c < 0x20 || c == 0x7F) {
                return "the control character U+00" + hex2(c);
            }
            if (Character.isSurrogate(c)) {
                return "the character U+" + hex2(c >> 8) + hex2(c & 0xff);
            }
            return "'" + c + "'";
        }

        Error error(String reason) {
            int line = 1;
            int lineStart = 0;
            int end = Math.min(pos, s.length());
            for (int i = 0; i < end; i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new Error(reason, line, end - lineStart + 1);
        }
    }

    private static String hex2(int c) {
        return "" + "0123456789ABCDEF".charAt((c >> 4) & 15) + "0123456789ABCDEF".charAt(c & 15);
    }

    // ---- writing ----

    /** The canonical text of a value built from maps, lists, strings, numbers, booleans and {@link #NULL}, ending in a newline. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, "", out);
        return out.append('\n').toString();
    }

    private static void write(Object value, String indent, StringBuilder out) {
        if (value instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) value;
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            String inner = indent + "  ";
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(inner);
                string((String) e.getKey(), out);
                out.append(": ");
                write(e.getValue(), inner, out);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            boolean flat = true;
            for (Object item : list) {
                flat &= !(item instanceof Map) && !(item instanceof List);
            }
            if (flat) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    write(list.get(i), indent, out);
                }
                out.append(']');
                return;
            }
            String inner = indent + "  ";
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append(inner);
                write(list.get(i), inner, out);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (value instanceof String) {
            string((String) value, out);
        } else if (value instanceof Double) {
            out.append(number((Double) value));
        } else if (value instanceof Integer) {
            out.append(((Integer) value).intValue());
        } else if (value instanceof Boolean) {
            out.append(((Boolean) value).booleanValue());
        } else if (value == NULL) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("JSON holds maps, lists, strings, numbers, booleans and NULL only");
        }
    }

    /** A finite number as JSON: JavaScript's shortest exact text, and −0 as {@code -0} so it reads back bit for bit. */
    public static String number(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("JSON has no " + JsNumber.format(x));
        }
        return x == 0 && 1 / x < 0 ? "-0" : JsNumber.format(x);
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        // control characters must be escaped; lone surrogates would not survive UTF-8
                        out.append("\\u").append(hex2(c >> 8)).append(hex2(c & 0xFF));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
