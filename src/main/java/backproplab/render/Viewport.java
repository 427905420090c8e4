package backproplab.render;

/**
 * A rectangle of the world (x to the right, y up) shown in a rectangle of the surface (CSS
 * pixels, y down). One value per layout; every renderer maps through it.
 */
public record Viewport(double left, double top, double width, double height,
                       double xMin, double xMax, double yMin, double yMax) {

    /** The square domain [min, max]² (the playground's [−6, 6]²) shown in a screen rectangle. */
    public static Viewport square(double left, double top, double width, double height, double min, double max) {
        return new Viewport(left, top, width, height, min, max, min, max);
    }

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    /** Screen x of world x. */
    public double sx(double x) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    /** Screen y of world y (larger y is higher up). */
    public double sy(double y) {
        return top + (yMax - y) / (yMax - yMin) * height;
    }

    /** World x of screen x. */
    public double wx(double px) {
        return xMin + (px - left) / width * (xMax - xMin);
    }

    /** World y of screen y. */
    public double wy(double py) {
        return yMax - (py - top) / height * (yMax - yMin);
    }
}
