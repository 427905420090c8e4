package backproplab.autodiff;

/**
 * A mistake in a program, at a place: "expected ')' at column 14", or
 * "unknown name 'q' at line 2, column 5" when the text has several lines; words that follow
 * come after the place ("'v' depends on itself at column 1: v → w → v"), so that the place
 * reads as the offending text's. A mistake of the whole program ("nothing to compute") has
 * no place. Lines and columns count from 1; {@link #offset()} is the 0-based index into the text.
 */
public final class ExpressionError extends RuntimeException {
    private final String reason;
    private final int offset;
    private final int line;
    private final int column;

    private ExpressionError(String reason, int offset, int line, int column, boolean multiline, String detail) {
        super(reason + (offset < 0 ? "" : multiline ? " at line " + line + ", column " + column : " at column " + column)
                + (detail == null ? "" : ": " + detail));
        this.reason = reason;
        this.offset = offset;
        this.line = line;
        this.column = column;
    }

    /** The error {@code reason} at index {@code offset} of {@code text}. */
    static ExpressionError at(String reason, String text, int offset) {
        return at(reason, text, offset, null);
    }

    /** The error {@code reason} at index {@code offset} of {@code text}, explained by {@code detail} after the place. */
    static ExpressionError at(String reason, String text, int offset, String detail) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new ExpressionError(reason, offset, line, offset - lineStart + 1, text.indexOf('\n') >= 0, detail);
    }

    /** A mistake of the program as a whole, with no place in the text to point at. */
    static ExpressionError whole(String reason) {
        return new ExpressionError(reason, -1, 0, 0, false, null);
    }

    /** Whether the error points at a place in the text (else offset, line and column are -1, 0, 0). */
    public boolean placed() {
        return offset >= 0;
    }

    /** What is wrong, without the place: "expected ')'". */
    public String reason() {
        return reason;
    }

    /** 0-based index of the offending character in the text (its length at the end); -1 without a place. */
    public int offset() {
        return offset;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
