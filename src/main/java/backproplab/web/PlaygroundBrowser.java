package backproplab.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLInputElement;

/** The few browser calls the playground needs that TeaVM's JSO classes do not offer as such. */
final class PlaygroundBrowser {
    private PlaygroundBrowser() {
    }

    /** Receives a file's text. */
    @JSFunctor
    interface TextHandler extends JSObject {
        void handle(String text);
    }

    /**
     * Puts the state into the address bar without a history entry per change (Back leaves the
     * page, not the last slider move) and without firing hashchange. Sandboxed frames may
     * refuse: the page then works without an up-to-date link.
     */
    @JSBody(params = "hash", script = "try { history.replaceState(null, '', '#' + hash); } catch (e) { }")
    static native void replaceHash(String hash);

    @JSBody(script = "return location.hash;")
    static native String hash();

    @JSBody(params = "text", script = "return 'data:text/csv;charset=utf-8,' + encodeURIComponent(text);")
    static native String csvDataUrl(String text);

    /** Reads the input's first chosen file as text (a FileReader: works from file:// too). */
    @JSBody(params = {"input", "done"}, script = "var f = input.files && input.files[0]; if (!f) return;"
            + " var r = new FileReader(); r.onload = function() { done(String(r.result)); }; r.readAsText(f);")
    static native void readFile(HTMLInputElement input, TextHandler done);

    @JSBody(params = "e", script = "return e.target && e.target.tagName ? String(e.target.tagName) : '';")
    static native String targetTag(JSObject event);

    @JSBody(params = "e", script = "return !!(e.target && e.target.id === 'network');")
    static native boolean targetIsDiagram(JSObject event);
}
