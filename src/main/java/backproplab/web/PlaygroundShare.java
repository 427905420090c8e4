package backproplab.web;

import backproplab.playground.Link;
import backproplab.playground.ModelFile;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * Taking a network away from the page: a link (with or without its trained weights), a model
 * file to save and load, and the two pictures as PNG. Downloads are anchors whose data: URL is
 * made at the moment of the click, so they show the network as it is then and work from file://.
 */
final class PlaygroundShare {
    private final PlaygroundPage page;
    private final HTMLInputElement withWeights = Dom.byId("withWeightsInput");
    private final HTMLInputElement linkField = Dom.byId("shareLink");

    PlaygroundShare(PlaygroundPage page) {
        this.page = page;
        Dom.on(Dom.byId("copyLink"), "click", e -> copyLink());
        Dom.on(withWeights, "change", e -> Dom.text("shareFeedback", ""));
        HTMLElement save = Dom.byId("saveModel");
        Dom.on(save, "click", e -> saveModel(save, e));
        HTMLInputElement file = Dom.byId("loadModel");
        Dom.on(file, "change", (Event e) -> PlaygroundBrowser.readFile(file, text -> {
            file.setValue(""); // choosing the same file again is a new load
            loadModel(text);
        }));
        exportOnClick(Dom.byId("exportHeatmap"), Dom.byId("heatmap"));
        exportOnClick(Dom.byId("exportNetwork"), Dom.byId("network"));
    }

    private void copyLink() {
        String hash;
        if (withWeights.isChecked()) {
            String why = ModelFile.whyNotSavable(page.model());
            if (why != null) {
                Dom.text("shareFeedback", "No link with weights: " + why + ".");
                linkField.setHidden(true);
                return;
            }
            hash = Link.write(page.model(), true) + page.trace().linkPart();
        } else {
            hash = Link.write(page.model(), false) + page.trace().linkPart();
        }
        String link = PlaygroundBrowser.pageUrl() + "#" + hash;
        linkField.setValue(link);
        PlaygroundBrowser.copyText(link, ok -> {
            // Where the clipboard is refused (file://, older browsers) the link waits selected in the field.
            linkField.setHidden(ok);
            if (!ok) {
                linkField.focus();
                linkField.select();
            }
            Dom.text("shareFeedback", ok ? "Link copied" : "Copy the selected link (Ctrl+C / ⌘C)");
        });
    }

    private void saveModel(HTMLElement anchor, Event e) {
        String why = ModelFile.whyNotSavable(page.model());
        if (why != null) {
            e.preventDefault();
            Notices.set("file", "The model cannot be saved: " + why + ".");
            return;
        }
        Notices.set("file", (String) null);
        anchor.setAttribute("href", PlaygroundBrowser.dataUrl("application/json", ModelFile.write(page.model())));
    }

    /** A broken file changes nothing: the notice says why and the current network stays. */
    private void loadModel(String text) {
        ModelFile.Loaded loaded = ModelFile.read(text);
        if (!loaded.ok()) {
            Notices.set("file", "The model file was not loaded. " + loaded.error());
            return;
        }
        Notices.set("file", (String) null);
        page.load(loaded.model());
    }

    private static void exportOnClick(HTMLElement anchor, HTMLCanvasElement canvas) {
        Dom.on(anchor, "click", e -> anchor.setAttribute("href", PlaygroundBrowser.pngDataUrl(canvas)));
    }
}
