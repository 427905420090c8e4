package backproplab.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where the built site is: target/backprop-lab, assembled by {@code mvn package}. */
public final class Site {
    private Site() {
    }

    public static Path dir() {
        Path dir = Path.of(System.getProperty("site.dir", "target/backprop-lab")).toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("index.html"))) {
            throw new IllegalStateException("no built site at " + dir + "; run mvn package first");
        }
        return dir;
    }

    /**
     * A page of the site as a relative link from a page written beside the site's folder (a
     * course page made by a test), e.g. {@code backprop-lab/index.html}.
     */
    public static String fromBeside(String page) {
        return dir().getFileName() + "/" + page;
    }

    /** A page of the site as a file:// URL, e.g. {@code fileUrl("index.html#dataset=xor")}. */
    public static String fileUrl(String page) {
        return dir().toUri() + page;
    }

    /** Where tests leave screenshots and rendered pictures for people to look at. */
    public static Path outputDir(String name) {
        try {
            return Files.createDirectories(Path.of("target", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a scratch file or directory a test made in the system's temporary folder, with all it holds. */
    public static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
            for (Path p : deepestFirst) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
