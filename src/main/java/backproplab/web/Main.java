package backproplab.web;

import backproplab.text.JsNumber;

/**
 * The entry point of the JavaScript build, which runs every page; each page names itself in
 * {@code <body data-page>}. The WebAssembly GC build starts at {@link PlaygroundMain} and holds
 * only the pages whose speed it is for.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        String page = page();
        switch (page) {
            case "descent":
                DescentPage.start();
                break;
            case "activations":
                ActivationsPage.start();
                break;
            case "perceptron":
                PerceptronPage.start();
                break;
            case "backprop":
                BackpropPage.start();
                break;
            case "build":
                HandBuildPage.start();
                break;
            default:
                PlaygroundMain.start(page);
        }
    }

    /** What every page does first, in both builds; returns the page's name ("" if it has none). */
    static String page() {
        JsNumber.useBrowser(new BrowserNumbers());
        SiteChrome.install();
        String page = Dom.document().getBody().getAttribute("data-page");
        return page == null ? "" : page;
    }
}
