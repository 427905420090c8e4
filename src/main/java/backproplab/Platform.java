package backproplab;

import org.teavm.interop.PlatformMarker;
import org.teavm.interop.Platforms;

/**
 * Where the program runs: compiled to JavaScript, compiled to WebAssembly GC, or neither (the
 * JVM). TeaVM replaces each call by a constant and drops the dead branch, but only where the
 * marker is called directly: behind a helper method of ours, both branches stay in the program.
 */
public final class Platform {
    private Platform() {
    }

    @PlatformMarker(Platforms.JAVASCRIPT)
    public static boolean inJavaScript() {
        return false;
    }

    @PlatformMarker(Platforms.WEBASSEMBLY_GC)
    public static boolean inWebAssembly() {
        return false;
    }
}
