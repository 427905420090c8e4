package backproplab.web;

import org.teavm.jso.dom.html.HTMLElement;

/** The page's one tooltip (#tooltip): plain text, placed beside the pointer and kept on screen. */
final class PlaygroundTooltip {
    private PlaygroundTooltip() {
    }

    static void show(String text, double clientX, double clientY) {
        HTMLElement tip = Dom.byId("tooltip");
        tip.setTextContent(text);
        tip.setHidden(false);
        int w = tip.getOffsetWidth();
        int h = tip.getOffsetHeight();
        int vw = Dom.document().getDocumentElement().getClientWidth();
        int vh = org.teavm.jso.browser.Window.current().getInnerHeight();
        double x = clientX + 14 + w > vw ? Math.max(4, clientX - 14 - w) : clientX + 14;
        double y = clientY + 16 + h > vh ? Math.max(4, clientY - 12 - h) : clientY + 16;
        tip.getStyle().setProperty("left", Dom.px(x));
        tip.getStyle().setProperty("top", Dom.px(y));
    }

    static void hide() {
        Dom.byId("tooltip").setHidden(true);
    }
}
