package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The loss landscape on the lecture's spiral, in Chromium: computed while training, then in the path's plane. */
class LandscapeIT {
    private static Chromium c;

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser(() -> new Chromium(1280, 1000), opened -> c = opened);

    @AfterEach
    void consoleStaysEmpty() {
        List<String> errors = c.consoleErrors();
        assertTrue(errors.isEmpty(), errors::toString);
    }

    private static String text(String id) {
        return (String) c.js("return document.getElementById(arguments[0]).textContent;", id);
    }

    private static int epoch() {
        return Integer.parseInt(text("epoch").replace(",", ""));
    }

    private static int slices() {
        Object n = c.js("return document.documentElement.getAttribute('data-landscape-slices');");
        return n == null ? 0 : Integer.parseInt((String) n);
    }

    /** Waits for the next slice to complete (the page counts them on <html>, with the last one's compute time). */
    private static double computed(int before) {
        new WebDriverWait(c.driver, Duration.ofSeconds(30)).withMessage("a slice completes").until(d -> slices() > before);
        return Double.parseDouble((String) c.js("return document.documentElement.getAttribute('data-landscape-ms');"));
    }

    private static double centreLoss() {
        Matcher m = Pattern.compile("Training loss L at the current weights \\(the centre, epoch (\\d+)\\): ([0-9.]+)").matcher(text("lsText"));
        assertTrue(m.find(), text("lsText"));
        return Double.parseDouble(m.group(2));
    }

    @Test
    void theSpiralsLandscapeFollowsTrainingAndShowsThePathsPlane() {
        c.driver.get("about:blank");
        c.open(Site.fileUrl("index.html" + PlaygroundIT.SPIRAL));
        c.driver.findElement(By.id("playButton")).click();
        new WebDriverWait(c.driver, Duration.ofSeconds(30)).until(d -> epoch() >= 50);

        c.driver.findElement(By.cssSelector("#landscapePanel > summary")).click();
        c.driver.findElement(By.id("lsFollow")).click();
        double first = computed(0);
        int epochAtFirst = epoch();
        double second = computed(slices());
        System.out.printf("landscape: 31×31 slice of the spiral while training, %.1f ms then %.1f ms of compute%n", first, second);
        assertTrue(epoch() > epochAtFirst, "training went on while the slice followed it");

        c.driver.findElement(By.id("playButton")).click(); // pause
        c.drawn();
        c.driver.findElement(By.id("lsFollow")).click();
        int before = slices();
        c.driver.findElement(By.id("lsCompute")).click();
        computed(before);
        double shownLoss = Double.parseDouble(text("trainLoss"));
        assertEquals(shownLoss, centreLoss(), 0.0011, "the slice's centre is the training loss the page shows");
        c.js("document.getElementById('landscapePanel').scrollIntoView();");
        c.drawn();
        c.screenshot("landscape-spiral-random-1280");

        new Select(c.driver.findElement(By.id("lsPlane"))).selectByValue("path");
        before = slices();
        c.driver.findElement(By.id("lsCompute")).click();
        computed(before);
        Matcher share = Pattern.compile("it holds ([0-9.]+)% of the path's spread").matcher(text("lsText"));
        assertTrue(share.find(), text("lsText"));
        double explained = Double.parseDouble(share.group(1));
        assertTrue(explained > 0 && explained <= 100, text("lsText"));
        System.out.println("landscape: " + text("lsText"));
        int paused = epoch();
        String picture = (String) c.js("return document.getElementById('lsSurface').toDataURL();");
        c.js("document.getElementById('lsSurface').focus();");
        c.driver.findElement(By.id("lsSurface")).sendKeys(Keys.ARROW_LEFT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        c.drawn();
        assertEquals(paused, epoch(), "arrow keys on the surface turn it and never step the training");
        assertTrue(!picture.equals(c.js("return document.getElementById('lsSurface').toDataURL();")), "the surface turned");
        c.js("document.getElementById('lsContours').scrollIntoView();");
        c.drawn();
        c.screenshot("landscape-spiral-path-1280");

        String hash = (String) c.js("return location.hash;");
        assertTrue(hash.endsWith("&landscape=path&landscapeGrid=31&landscapeRange=1"), hash);
        c.driver.get("about:blank");
        c.open(Site.fileUrl("index.html" + hash));
        computed(0);
        assertTrue(text("lsText").startsWith("The training path needs three recorded epochs"),
                "a fresh page opens the linked slice, which waits for the path: " + text("lsText"));
        assertEquals("path", new Select(c.driver.findElement(By.id("lsPlane"))).getFirstSelectedOption().getAttribute("value"));
    }

    /** The panel's ready links, spiral without L2 and with it, trained a while: both slices, and on a projector. */
    @Test
    void theReadySpiralsWithAndWithoutL2ShowTheirMinimaOnAProjectorToo() {
        for (String reg : new String[] {"none", "L2"}) {
            c.driver.get("about:blank");
            c.open(Site.fileUrl("index.html#activation=relu&batchSize=10&dataset=spiral&learningRate=0.03&networkShape=8,8,8"
                    + "&regularization=" + reg + (reg.equals("L2") ? "&regularizationRate=0.001" : "") + "&seed=landscape&speed=20"));
            c.driver.findElement(By.id("playButton")).click();
            new WebDriverWait(c.driver, Duration.ofSeconds(60)).until(d -> epoch() >= 400);
            c.driver.findElement(By.id("playButton")).click();
            c.drawn();
            c.driver.findElement(By.cssSelector("#landscapePanel > summary")).click();
            computed(0);
            String random = text("lsText");
            new Select(c.driver.findElement(By.id("lsPlane"))).selectByValue("path");
            int before = slices();
            c.driver.findElement(By.id("lsCompute")).click();
            computed(before);
            System.out.println("landscape, spiral, regularisation " + reg + ", epoch " + epoch() + ": random slice: " + random
                    + " | path's plane: " + text("lsText"));
            if (reg.equals("L2")) {
                c.resize(1920, 1080);
                c.driver.findElement(By.id("contrast-toggle")).click();
                c.drawn();
                c.js("document.getElementById('lsContours').scrollIntoView();");
                c.drawn();
                c.screenshot("landscape-spiral-L2-projector-1920");
                c.driver.findElement(By.id("contrast-toggle")).click();
                c.resize(1280, 1000);
            } else {
                c.js("document.getElementById('lsContours').scrollIntoView();");
                c.drawn();
                c.screenshot("landscape-spiral-noL2-path-1280");
            }
        }
    }
}
