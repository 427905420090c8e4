package backproplab.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

/**
 * Makes the site's pictures in webapp/ from the built site, in headless Chromium: each page's
 * link-card preview ({@code preview-PAGE.png}, the page as it opens) and the web manifest's icons
 * ({@code icon-SIZE.png}, favicon.svg rendered). Not a test: run it after a change that alters
 * how a page opens, {@code mvn package -DskipTests exec:java@images}, and commit the pictures.
 */
public final class SiteImages {
    /** What link cards show best (Open Graph's advice; Twitter's large card takes it too). */
    public static final int PREVIEW_WIDTH = 1200;
    public static final int PREVIEW_HEIGHT = 630;
    /** The sizes a web manifest needs for an install icon and a splash screen. */
    public static final List<Integer> ICON_SIZES = List.of(192, 512);
    /** Every page and the state its card shows. */
    public static final Map<String, String> PAGES = Map.of(
            "index", "#dataset=circle&networkShape=4,2&activation=tanh&learningRate=0.1&seed=preview&speed=5",
            "backprop", "#view=mlp&step=4",
            "perceptron", "#data=xor&model=logistic",
            "descent", "#curve=two-minima&alpha=0.1",
            "activations", "#fn=relu&derivative=true",
            "build", "");

    private SiteImages() {
    }

    public static void main(String[] args) throws IOException {
        Path webapp = Path.of(args.length > 0 ? args[0] : "webapp");
        try (Chromium c = new Chromium(PREVIEW_WIDTH, PREVIEW_HEIGHT, false, "--hide-scrollbars")) {
            viewport(c, PREVIEW_WIDTH, PREVIEW_HEIGHT);
            for (Map.Entry<String, String> page : PAGES.entrySet()) {
                c.driver.get("about:blank");
                c.open(Site.fileUrl(page.getKey() + ".html" + page.getValue()));
                if (page.getKey().equals("index")) {
                    // a network that has learnt something says more than one at its first epoch
                    c.driver.findElement(By.id("playButton")).click();
                    Chromium.pause(4000);
                    c.driver.findElement(By.id("playButton")).click();
                }
                Chromium.pause(500); // the last frames' animations settle
                write(c, webapp.resolve("preview-" + page.getKey() + ".png"));
            }
            // a transparent page behind the icon, so that its rounded corners stay rounded
            c.driver.executeCdpCommand("Emulation.setDefaultBackgroundColorOverride",
                    Map.of("color", Map.of("r", 0, "g", 0, "b", 0, "a", 0)));
            for (int size : ICON_SIZES) {
                viewport(c, size, size);
                c.driver.get(Site.fileUrl("favicon.svg"));
                write(c, webapp.resolve("icon-" + size + ".png"));
            }
        }
    }

    private static void viewport(Chromium c, int width, int height) {
        c.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private static void write(Chromium c, Path file) throws IOException {
        byte[] png = c.driver.getScreenshotAs(OutputType.BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Files.write(file, png);
        System.out.println(file + ": " + image.getWidth() + "×" + image.getHeight() + ", " + png.length / 1024 + " KB");
    }
}
