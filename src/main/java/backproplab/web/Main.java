package backproplab.web;

import org.teavm.jso.dom.html.HTMLDocument;

/** The one entry point of the compiled script; each page says which part of it to start. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        HTMLDocument document = HTMLDocument.current();
        String page = document.getBody().getAttribute("data-page");
        document.getElementById("status").setTextContent("page: " + page);
    }
}
