package backproplab.autodiff;

/**
 * A mistake in a program, at a place: "expected ')' at column 14", or
 * "unknown name 'q' at line 2, column 5" when the text has several lines.
 * Lines and columns count from 1; {@link #offset()} is the 0-based index into the text.
 */
public final class ExpressionError extends RuntimeException {
    private final String reason;
    private final int offset;
    private final int line;
    private final int column;

    private ExpressionError(String reason, int offset, int line, int column, boolean multiline) {
        super(reason + (multiline ? " at line " + line + ", column " + column : " at column " + column));
        this.reason = reason;
        this.offset = offset;
        this.line = line;
        this.column = column;
    }

    /** The error {@code reason} at index {@code offset} of {@code text}. */
    static ExpressionError at(String reason, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new ExpressionError(reason, offset, line, offset - lineStart + 1, text.indexOf('\n') >= 0);
    }

    /** What is wrong, without the place: "expected ')'". */
    public String reason() {
        return reason;
    }

    /** 0-based index of the offending character in the text (its length at the end). */
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
