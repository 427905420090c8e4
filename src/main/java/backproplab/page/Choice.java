package backproplab.page;

/** One option of a choice a page offers: the value it stands for and the text the student reads. */
public record Choice(String value, String label) {
}
