package backproplab.web;

import backproplab.state.HashParams;
import backproplab.text.Texts;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What every page shares: the projector (high-contrast) switch, remembered across pages, and
 * embed mode ({@code #…&embed=true} in an iframe of a course page): no site header and no
 * explanation, and a small link that opens the same page, same state, in a tab of its own.
 */
public final class SiteChrome {
    private static final String CONTRAST_KEY = "backproplab.highContrast";
    /** The embed key's value when the page is embedded, else null. */
    private static String embed;

    private SiteChrome() {
    }

    public static void install() {
        installEmbed();
        installSkipLink();
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

    /**
     * The skip link moves the focus to the page's main content without following its href: the
     * hash holds the page's state, and "#main" there would read as an unknown key.
     */
    private static void installSkipLink() {
        HTMLElement skip = (HTMLElement) Dom.document().querySelector("a.skip-link");
        HTMLElement main = (HTMLElement) Dom.document().querySelector("main");
        if (skip == null || main == null) {
            return;
        }
        main.setAttribute("tabindex", "-1");
        Dom.on(skip, "click", e -> {
            e.preventDefault();
            main.focus();
        });
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

    private static void installEmbed() {
        for (HashParams.Entry e : HashParams.parse(Address.hash())) {
            if (e.key().equals(HashParams.EMBED)) {
                embed = e.value(); // the last one counts, as for every key
            }
        }
        if (embed != null && (embed.equals("false") || embed.equals("0"))) {
            embed = null;
        }
        if (embed == null) {
            return;
        }
        Dom.document().getDocumentElement().getClassList().add("embed");
        HTMLElement open = Dom.el("a", "open-in-lab", "Open in Backprop Lab ↗");
        open.setAttribute("target", "_blank");
        open.setAttribute("rel", "noopener");
        open.setAttribute("href", withoutEmbed(locationHref()));
        // The page's state moves on (training, sliders): the link takes it as it is at the click.
        Dom.on(open, "click", e -> open.setAttribute("href", withoutEmbed(locationHref())));
        // in a landmark of its own, so that a screen reader's list of regions reaches it
        HTMLElement landmark = Dom.el("nav", "open-in-lab-nav", null);
        landmark.setAttribute("aria-label", "Open in Backprop Lab");
        landmark.appendChild(open);
        HTMLElement body = Dom.document().getBody();
        body.insertBefore(landmark, body.getFirstChild());
    }

    public static boolean isEmbedded() {
        return embed != null;
    }

    /** The parts the embedding page asked for ({@code embed=output,network}); empty for all of them. */
    public static List<String> embeddedParts() {
        List<String> parts = new ArrayList<>();
        if (embed != null && !embed.equals("true") && !embed.isEmpty()) {
            for (String part : Texts.split(embed, ',')) {
                if (!part.trim().isEmpty()) {
                    parts.add(part.trim());
                }
            }
        }
        return parts;
    }

    /**
     * {@code embed=output,network}: a course page shows only the panels it names. {@code panels}
     * pairs each name a link may use with its panel's class; a name that is none is said in a notice.
     */
    public static void showEmbeddedPanels(String[][] panels) {
        List<String> parts = embeddedParts();
        if (parts.isEmpty()) {
            return;
        }
        List<String> unknown = new ArrayList<>(parts);
        List<String> names = new ArrayList<>();
        for (String[] panel : panels) {
            unknown.remove(panel[0]);
            names.add(panel[0]);
            HTMLElement element = (HTMLElement) Dom.document().querySelector("." + panel[1]);
            element.setHidden(!parts.contains(panel[0]));
        }
        Dom.document().getDocumentElement().getClassList().add("embed-panels");
        if (!unknown.isEmpty()) {
            String last = names.remove(names.size() - 1);
            Notices.set("embed", "The link's embed part \"" + Texts.shorten(unknown.get(0), 40)
                    + "\" is not a panel; the panels are " + String.join(", ", names) + " and " + last + ".");
        }
    }

    /** The page's new hash (without {@code #}) still saying embed, so that a reload in the frame stays embedded. */
    public static String keepEmbed(String hash) {
        if (embed == null) {
            return hash;
        }
        String entry = HashParams.EMBED + "=" + HashParams.encode(embed);
        return hash.isEmpty() ? entry : hash + "&" + entry;
    }

    /** The address with the embed key taken out of its hash. */
    static String withoutEmbed(String href) {
        int sharp = href.indexOf('#');
        if (sharp < 0) {
            return href;
        }
        List<HashParams.Entry> kept = new ArrayList<>();
        for (HashParams.Entry e : HashParams.parse(href.substring(sharp + 1))) {
            if (!e.key().equals(HashParams.EMBED)) {
                kept.add(e);
            }
        }
        String hash = HashParams.write(kept);
        return href.substring(0, sharp) + (hash.isEmpty() ? "" : "#" + hash);
    }

    @JSBody(script = "return location.href;")
    private static native String locationHref();

    private static final java.util.List<Runnable> LISTENERS = new java.util.ArrayList<>();

    /** Pages redraw their canvases in the other palette when the mode changes. */
    public static void onContrastChange(Runnable redraw) {
        LISTENERS.add(redraw);
    }
}
