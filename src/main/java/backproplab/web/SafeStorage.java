package backproplab.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Storage;

/**
 * localStorage where the browser allows it. From file://, in private windows and in sandboxed
 * iframes, touching it can throw; then the page simply works without remembering.
 */
public final class SafeStorage {
    private SafeStorage() {
    }

    @JSBody(script = "try { var s = window.localStorage; s.getItem('probe'); return s; } catch (e) { return null; }")
    private static native Storage local();

    public static String get(String key) {
        Storage s = local();
        if (s == null) {
            return null;
        }
        try {
            return s.getItem(key);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public static void put(String key, String value) {
        Storage s = local();
        if (s == null) {
            return;
        }
        try {
            s.setItem(key, value);
        } catch (RuntimeException e) {
            // quota exceeded or storage refused: the page keeps working without it
        }
    }
}
