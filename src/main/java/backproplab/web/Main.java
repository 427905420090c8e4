package backproplab.web;

import backproplab.text.JsNumber;

/** The one entry point of the compiled script; each page names itself in {@code <body data-page>}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        JsNumber.useBrowser(new BrowserNumbers());
        SiteChrome.install();
        String page = Dom.document().getBody().getAttribute("data-page");
        switch (page == null ? "" : page) {
            case "bench":
                BenchPage.start();
                break;
            case "check":
                CheckPage.start();
                break;
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
            case "playground":
                PlaygroundPage.start();
                break;
            default:
                Notices.set("error", "This page (" + page + ") is not part of Backprop Lab.");
        }
    }
}
