package backproplab.bench;

import backproplab.browser.Chromium;
import backproplab.browser.Site;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 7's benchmark: runs in headless Chromium on the built site and prints a table.
 * Not a test: it passes or fails nothing. Run it with the command in README.md.
 */
public final class BrowserBenchmark {
    private BrowserBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Site.dir();
        try (Chromium c = new Chromium(1280, 800)) {
            String version = (String) c.js("return navigator.userAgent");
            System.out.println("Chromium: " + version.replaceAll(".*(Chrome/[0-9.]+).*", "$1")
                    + "; cores: " + Runtime.getRuntime().availableProcessors());
            System.out.println();
            System.out.println("| configuration | engine: examples/s, median (min–max) | frame compute: ms, median (min–max) |");
            System.out.println("|---|---|---|");
            c.driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
            c.driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(5));
            c.driver.get(benchPage(site).toUri().toString());
            String result = new WebDriverWait(c.driver, Duration.ofMinutes(5))
                    .until(d -> {
                        String t = d.findElement(By.id("result")).getAttribute("textContent");
                        return t.isEmpty() ? null : t;
                    });
            for (String line : result.trim().split("\n")) {
                System.out.println("| " + line + " |");
            }
        }
        System.out.println();
        System.out.println("site: " + siteBytes(site, false) + " bytes raw, " + siteBytes(site, true) + " bytes gzip (-9, per file)");
    }

    static Path benchPage(Path site) throws IOException {
        Path dir = Files.createDirectories(site.resolve("../bench"));
        Path page = dir.resolve("bench.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body data-page=\"bench\">"
                + "<pre id=\"result\"></pre><script src=\"../site/js/backproplab.js\"></script>"
                + "<script src=\"../site/js/start.js\"></script></body></html>");
        return page;
    }

    static long siteBytes(Path site, boolean gzip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).collect(Collectors.toList());
        }
        long total = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            if (gzip) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (GZIPOutputStream z = new GZIPOutputStream(out) {
                    {
                        def.setLevel(9);
                    }
                }) {
                    z.write(bytes);
                }
                total += out.size();
            } else {
                total += bytes.length;
            }
        }
        return total;
    }
}
