package backproplab.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLCanvasElement;
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

    /** A named moment on the page's timeline, for the benchmark (performance.getEntriesByName). */
    @JSBody(params = "name", script = "if (window.performance && performance.mark) { performance.mark(name); }")
    static native void mark(String name);

    /** A data: URL of this text: downloads through an anchor work from file:// too, where blob URLs may not. */
    @JSBody(params = {"type", "text"}, script = "return 'data:' + type + ';charset=utf-8,' + encodeURIComponent(text);")
    static native String dataUrl(String type, String text);

    /** The canvas as a PNG data: URL, at its pixel size. */
    @JSBody(params = "canvas", script = "return canvas.toDataURL('image/png');")
    static native String pngDataUrl(HTMLCanvasElement canvas);

    /** Receives whether something worked. */
    @JSFunctor
    interface Outcome extends JSObject {
        void done(boolean ok);
    }

    /** Puts text on the clipboard where the browser allows it (secure contexts, with permission); tells whether it did. */
    @JSBody(params = {"text", "done"}, script = "try { if (navigator.clipboard && navigator.clipboard.writeText) {"
            + " navigator.clipboard.writeText(text).then(function() { done(true); }, function() { done(false); }); return; } }"
            + " catch (e) { } done(false);")
    static native void copyText(String text, Outcome done);

    /** This page's address without its hash. */
    @JSBody(script = "return location.href.split('#')[0];")
    static native String pageUrl();

    /** Reads the input's first chosen file as text (a FileReader: works from file:// too). */
    @JSBody(params = {"input", "done"}, script = "var f = input.files && input.files[0]; if (!f) return;"
            + " var r = new FileReader(); r.onload = function() { done(String(r.result)); }; r.readAsText(f);")
    static native void readFile(HTMLInputElement input, TextHandler done);

    @JSBody(params = "e", script = "return e.target && e.target.tagName ? String(e.target.tagName) : '';")
    static native String targetTag(JSObject event);

    @JSBody(params = "e", script = "var t = e.target; return !!(t && (t.id === 'network' || t.id === 'lsSurface' || t.id === 'hiddenCanvas' || t.closest && t.closest('#tracePanel')));")
    static native boolean targetIsDiagram(JSObject event);
}
