package backproplab.page;

/**
 * One line of text a page shows, with its role: the binder picks the element and style from the
 * role, so a page model says what to show and never how.
 */
public record Line(Role role, String text) {
    /** What a line is for on the page. */
    public enum Role {
        /** A heading over a group of lines. */
        TITLE,
        /** Plain explanation. */
        TEXT,
        /** A formula with its numbers, set in the formula font. */
        FORMULA,
        /** The number a formula comes to, set apart from its working. */
        RESULT,
        /** A verdict that something holds: converged, solved, agrees. */
        GOOD,
        /** A verdict that something does not hold yet. */
        BAD,
        /** A side remark that explains a number or a choice. */
        NOTE,
        /** Something the student should know is off: a kink, a divergence, a value changed. */
        WARNING
    }

    public static Line text(String text) {
        return new Line(Role.TEXT, text);
    }

    public static Line formula(String text) {
        return new Line(Role.FORMULA, text);
    }
}
