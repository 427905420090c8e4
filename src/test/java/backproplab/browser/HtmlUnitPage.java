package backproplab.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.htmlunit.BrowserVersion;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.DefaultJavaScriptErrorListener;

/** One page of the built site in HtmlUnit, with every script error it raised collected. */
public final class HtmlUnitPage implements AutoCloseable {
    /**
     * HtmlUnit's canvas has no dashed lines and says so at every call; the tests check numbers
     * and text, never HtmlUnit's pixels. Held here because java.util.logging keeps loggers weakly.
     */
    private static final Logger CANVAS_LOG = Logger.getLogger("org.htmlunit.javascript.host.canvas.CanvasRenderingContext2D");

    static {
        CANVAS_LOG.setLevel(Level.OFF);
    }

    public final WebClient client = new WebClient(BrowserVersion.CHROME);
    public final List<String> errors = new ArrayList<>();
    public final HtmlPage page;

    public HtmlUnitPage(String url) throws java.io.IOException {
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.getOptions().setCssEnabled(true);
        client.setJavaScriptErrorListener(new DefaultJavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage p, ScriptException e) {
                errors.add(e.getMessage());
            }
        });
        page = client.getPage(url);
        client.waitForBackgroundJavaScript(200);
        // js/start.js shows the content and sets data-build a frame after the program's start, or by
        // its timer where no frame is drawn, as here: the test begins once the page is shown
        for (int waited = 0; waited < 3000 && !page.getDocumentElement().hasAttribute("data-build"); waited += 100) {
            client.waitForBackgroundJavaScript(100);
        }
    }

    public String text(String id) {
        return page.getElementById(id).getTextContent();
    }

    /** Runs {@code n} requestAnimationFrame rounds (HtmlUnit runs them only when asked). */
    public void frames(int n) {
        for (int i = 0; i < n; i++) {
            ((org.htmlunit.javascript.host.Window) page.getEnclosingWindow().getScriptableObject())
                    .animateAnimationsFrames();
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
