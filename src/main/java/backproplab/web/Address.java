package backproplab.web;

import org.teavm.jso.JSBody;

/**
 * The page's address: every page reads its state from the hash and writes it back here, so the
 * link in the address bar is always the page as it stands (docs/architecture.md, "Links").
 */
final class Address {
    private Address() {
    }

    /** The hash as the browser holds it: {@code #…}, or "" when there is none. */
    @JSBody(script = "return location.hash;")
    static native String hash();

    /** The hash without its {@code #}. */
    static String hashText() {
        String h = hash();
        return h.startsWith("#") ? h.substring(1) : h;
    }

    /**
     * Puts {@code url} (here "#…", or "" for the address without a hash) into the address bar
     * without a history entry per change (Back leaves the page, not the last slider move) and
     * without firing hashchange. Sandboxed frames may refuse: then false, and the page works on
     * without an up-to-date link unless the caller falls back.
     */
    @JSBody(params = "url", script = "try { history.replaceState(null, '', url || location.pathname + location.search);"
            + " return true; } catch (e) { return false; }")
    static native boolean replace(String url);
}
