package backproplab.autodiff;

import backproplab.text.JsNumber;
import backproplab.text.TypedNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a program's text into statements whose right-hand sides are in postfix order
 * (u 2 ^ for u^2), so that turning them into a graph is a loop over a stack, never a recursion
 * as deep as the expression is long.
 *
 * <p>Grammar, loosest binding first ({@code ^} is right-associative; a sign binds looser than
 * {@code ^}, so -2^2 = -(2^2) = -4, and 2^-1 = 0.5):
 * <pre>
 * program   = statement { (";" | newline) statement }
 * statement = name "=" sum | sum
 * sum       = product { ("+" | "-") product }
 * product   = signed { ("*" | "/") signed }
 * signed    = ("+" | "-") signed | power
 * power     = atom [ "^" signed ]
 * atom      = number | name | function "(" sum { "," sum } ")" | "(" sum ")"
 * </pre>
 * Also accepted: − for -, × · ⋅ for *, ÷ for /, ** for ^, π for pi, ln for log, σ for
 * sigmoid, and # comments to the end of a line. A newline inside parentheses or after an
 * operator continues the statement.
 */
final class Parser {
    /**
     * The deepest nesting of parentheses, function calls, signs and exponents the parser
     * accepts: deeper text is an error, never a StackOverflowError (each level costs a few
     * stack frames, also in the browser).
     */
    static final int MAX_DEPTH = 256;

    /** One postfix item. */
    sealed interface Item permits Num, Ref, Apply {
        int pos();
    }

    /** A number, written as {@code label} ("10", "π"). */
    record Num(double value, String label, int pos) implements Item {
    }

    /** A use of a name. */
    record Ref(String name, int pos) implements Item {
    }

    /** Apply {@code op} to the top {@code op.arity()} values of the stack. */
    record Apply(Op op, int pos) implements Item {
    }

    /** {@code name = …} (name null for a bare expression), its right-hand side in postfix. */
    record Statement(String name, int namePos, int pos, List<Item> items) {
        /** True when the right-hand side uses no names: then the statement gives an input. */
        boolean isNumber() {
            for (Item i : items) {
                if (i instanceof Ref) {
                    return false;
                }
            }
            return true;
        }
    }

    private enum T { NUM, NAME, PLUS, MINUS, TIMES, DIVIDE, POWER, LPAREN, RPAREN, COMMA, ASSIGN, SEP, END }

    private record Token(T type, String text, int pos, double value) {
    }

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int at;
    private int depth;
    private List<Item> out;

    private Parser(String text) {
        this.text = text;
    }

    static List<Statement> parse(String text) {
        Parser p = new Parser(text);
        p.lex();
        return p.program();
    }

    // ---- lexing ----------------------------------------------------------------------------

    private void lex() {
        int parens = 0;
        int end = 0; // just after the last token: where "expected …" points at the end
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (ch == ' ' || ch == '\t' || ch == '\r') {
                i++;
                continue;
            }
            if (ch == '\n') {
                if (parens == 0 && !continues()) {
                    tokens.add(new Token(T.SEP, "newline", i, 0));
                }
                i++;
                continue;
            }
            int start = i;
            if (isDigit(ch) || ch == '.' && i + 1 < text.length() && isDigit(text.charAt(i + 1))) {
                i = number(i);
                String s = text.substring(start, i);
                double value = JsNumber.decimal(s);
                if (Double.isInfinite(value)) {
                    throw ExpressionError.at(TypedNumber.tooLarge(s), text, start);
                }
                tokens.add(new Token(T.NUM, s, start, value));
            } else if (isLetter(ch) || ch == '_') {
                while (i < text.length() && (isLetter(text.charAt(i)) || isDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(T.NAME, text.substring(start, i), start, 0));
            } else {
                T type = symbol(ch);
                if (type == null) {
                    throw ExpressionError.at("unexpected character '" + ch + "'", text, i);
                }
                i++;
                if (ch == '*' && i < text.length() && text.charAt(i) == '*') {
                    type = T.POWER;
                    i++;
                }
                parens += type == T.LPAREN ? 1 : type == T.RPAREN && parens > 0 ? -1 : 0;
                tokens.add(new Token(type, text.substring(start, i), start, 0));
            }
            end = i;
        }
        tokens.add(new Token(T.END, "end", end, 0));
    }

    /** A newline after an operator, '(' , ',' or '=' does not end the statement. */
    private boolean continues() {
        if (tokens.isEmpty()) {
            return true;
        }
        T last = tokens.get(tokens.size() - 1).type;
        return last != T.NUM && last != T.NAME && last != T.RPAREN;
    }

    private int number(int i) {
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < text.length() && isDigit(text.charAt(j))) { // 2e is 2 then e, not a number
                i = j;
                while (i < text.length() && isDigit(text.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /**
     * The letters a name may hold: Latin with its accents (ŷ), Greek (α, σ, Φ), Cyrillic and ℓ.
     * Not every script's, as Character.isLetter would take: its Unicode tables would go into each
     * compiled build of the site (docs/benchmarks.md has the bytes).
     */
    private static boolean isLetter(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z'
                || ch >= '\u00C0' && ch <= '\u024F' && ch != '\u00D7' && ch != '\u00F7' // Latin-1 letters, Latin Extended-A and -B
                || ch >= '\u0386' && ch <= '\u03FF' && ch != '\u0387' && ch != '\u03F6' // Greek
                || ch >= '\u0400' && ch <= '\u04FF' && (ch <= '\u0481' || ch >= '\u048A') // Cyrillic
                || ch == '\u2113'; // ℓ
    }

    private static T symbol(char ch) {
        switch (ch) {
            case '+': return T.PLUS;
            case '-': case '−': return T.MINUS;
            case '*': case '×': case '·': case '⋅': return T.TIMES;
            case '/': case '÷': return T.DIVIDE;
            case '^': return T.POWER;
            case '(': return T.LPAREN;
            case ')': return T.RPAREN;
            case ',': return T.COMMA;
            case '=': return T.ASSIGN;
            case ';': return T.SEP;
            default: return null;
        }
    }

    // ---- parsing ---------------------------------------------------------------------------

    private List<Statement> program() {
        List<Statement> statements = new ArrayList<>();
        while (peek().type != T.END) {
            if (peek().type == T.SEP) {
                at++;
                continue;
            }
            statements.add(statement());
            Token t = peek();
            if (t.type == T.RPAREN) {
                throw error("unmatched ')'", t);
            }
            if (t.type != T.SEP && t.type != T.END) {
                throw error(t.type == T.ASSIGN ? "unexpected '='" : "expected an operator", t);
            }
        }
        return statements;
    }

    private Statement statement() {
        out = new ArrayList<>();
        Token first = peek();
        if (first.type == T.NAME && tokens.get(at + 1).type == T.ASSIGN) {
            at += 2;
            int pos = peek().pos;
            sum();
            return new Statement(first.text, first.pos, pos, out);
        }
        sum();
        return new Statement(null, first.pos, first.pos, out);
    }

    private void sum() {
        product();
        while (peek().type == T.PLUS || peek().type == T.MINUS) {
            Token t = tokens.get(at++);
            product();
            out.add(new Apply(t.type == T.PLUS ? Op.ADD : Op.SUB, t.pos));
        }
    }

    private void product() {
        signed();
        while (peek().type == T.TIMES || peek().type == T.DIVIDE) {
            Token t = tokens.get(at++);
            signed();
            out.add(new Apply(t.type == T.TIMES ? Op.MUL : Op.DIV, t.pos));
        }
    }

    private void signed() {
        Token t = peek();
        if (t.type != T.PLUS && t.type != T.MINUS) {
            power();
            return;
        }
        enter(t);
        at++;
        signed();
        if (t.type == T.MINUS) {
            out.add(new Apply(Op.NEG, t.pos));
        }
        depth--;
    }

    private void power() {
        atom();
        if (peek().type == T.POWER) {
            Token t = tokens.get(at++);
            enter(t);
            signed();
            depth--;
            out.add(new Apply(Op.POW, t.pos));
        }
    }

    private void atom() {
        Token t = peek();
        if (t.type == T.NUM) {
            at++;
            out.add(new Num(t.value, Notation.number(t.value), t.pos));
        } else if (t.type == T.LPAREN) {
            enter(t);
            at++;
            sum();
            expect(T.RPAREN, "')'");
            depth--;
        } else if (t.type == T.NAME) {
            at++;
            if (peek().type == T.LPAREN) {
                call(t);
            } else if (t.text.equals("pi") || t.text.equals("π")) {
                out.add(new Num(Math.PI, "π", t.pos));
            } else if (t.text.equals("e")) {
                out.add(new Num(Math.E, "e", t.pos));
            } else if (Op.byFunction(t.text) != null) {
                throw error("expected '(' after '" + t.text + "'", peek());
            } else {
                out.add(new Ref(t.text, t.pos));
            }
        } else {
            throw error("expected an expression", t);
        }
    }

    private void call(Token name) {
        Op op = Op.byFunction(name.text);
        if (op == null) {
            throw error("unknown function '" + name.text + "'", name);
        }
        enter(peek());
        at++;
        for (int i = 0; i < op.arity(); i++) {
            if (i > 0) {
                expect(T.COMMA, "','");
            }
            sum();
        }
        expect(T.RPAREN, "')'");
        depth--;
        out.add(new Apply(op, name.pos));
    }

    private void enter(Token t) {
        if (++depth > MAX_DEPTH) {
            throw error("nested too deeply (more than " + MAX_DEPTH + " levels)", t);
        }
    }

    private void expect(T type, String what) {
        if (peek().type != type) {
            throw error("expected " + what, peek());
        }
        at++;
    }

    private Token peek() {
        return tokens.get(at);
    }

    private ExpressionError error(String reason, Token t) {
        return ExpressionError.at(reason, text, t.pos);
    }
}
