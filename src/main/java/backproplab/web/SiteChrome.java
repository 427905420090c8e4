package backproplab.web;

import org.teavm.jso.dom.html.HTMLElement;

/** What every page shares: the projector (high-contrast) switch, remembered across pages. */
public final class SiteChrome {
    private static final String CONTRAST_KEY = "backproplab.highContrast";

    private SiteChrome() {
    }

    public static void install() {
        HTMLElement toggle = Dom.document().getElementById("contrast-toggle");
        setHighContrast("true".equals(SafeStorage.get(CONTRAST_KEY)));
        if (toggle != null) {
            Dom.on(toggle, "click", e -> {
                boolean on = !isHighContrast();
                setHighContrast(on);
                SafeStorage.put(CONTRAST_KEY, Boolean.toString(on));
            });
        }
    }

    public static boolean isHighContrast() {
        return Dom.document().getDocumentElement().getClassList().contains("high-contrast");
    }

    private static void setHighContrast(boolean on) {
        HTMLElement root = Dom.document().getDocumentElement();
        if (on) {
            root.getClassList().add("high-contrast");
        } else {
            root.getClassList().remove("high-contrast");
        }
        HTMLElement toggle = Dom.document().getElementById("contrast-toggle");
        if (toggle != null) {
            toggle.setAttribute("aria-pressed", Boolean.toString(on));
        }
        for (Runnable r : LISTENERS) {
            r.run();
        }
    }

    private static final java.util.List<Runnable> LISTENERS = new java.util.ArrayList<>();

    /** Pages redraw their canvases in the other palette when the mode changes. */
    public static void onContrastChange(Runnable redraw) {
        LISTENERS.add(redraw);
    }
}
