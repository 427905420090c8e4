package backproplab.data;

/** One point: its two coordinates in the plotted square [−6, 6]² and its label (±1, or a real target). */
public record DataPoint(double x1, double x2, double label) {
}
