package backproplab.web;

import backproplab.text.JsNumber;
import org.teavm.jso.JSBody;

/** JavaScript's own number conversions, which JsNumber emulates on the JVM. */
final class BrowserNumbers implements JsNumber.Native {
    @Override
    public double parseDecimal(String s) {
        return plus(s);
    }

    @Override
    public String format(double x) {
        return string(x);
    }

    @JSBody(params = "s", script = "return +s;")
    private static native double plus(String s);

    @JSBody(params = "x", script = "return String(x);")
    private static native String string(double x);
}
