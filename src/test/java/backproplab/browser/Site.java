package backproplab.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the built site is: target/site, assembled by {@code mvn package}. */
public final class Site {
    private Site() {
    }

    public static Path dir() {
        Path dir = Path.of(System.getProperty("site.dir", "target/site")).toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("index.html"))) {
            throw new IllegalStateException("no built site at " + dir + "; run mvn package first");
        }
        return dir;
    }

    /** A page of the site as a file:// URL, e.g. {@code fileUrl("index.html#dataset=xor")}. */
    public static String fileUrl(String page) {
        return dir().toUri() + page;
    }

    /** Where tests leave screenshots and rendered pictures for people to look at. */
    public static Path outputDir(String name) {
        try {
            return Files.createDirectories(Path.of("target", name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
