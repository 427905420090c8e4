package backproplab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The table of packages in docs/architecture.md, checked in the sources: which of our packages
 * each may use (by import or by a fully qualified name in the code), that only {@code web} touches
 * the browser's API, and how long a source file may grow. Change the table and this test together.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");
    /** The package {@code backproplab} itself: {@code Platform}, which every package may ask. */
    private static final String ROOT = "backproplab";
    private static final String TABLE = " (docs/architecture.md, \"Packages and the direction of the arrows\")";

    /** Each package of ours, in the table's order, and the packages of ours it may use. */
    private static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        allow(ROOT);
        allow("math");
        allow("nn", "math");
        allow("data", "math");
        allow("text", "math");
        allow("state", "text", "math", "data", "nn");
        allow("autodiff", "text", "math", "nn");
        allow("landscape", "math", "nn");
        allow("lessons", "math", "nn", "data", "text", "state", "autodiff", "landscape");
        allow("playground", "math", "nn", "data", "text", "state", "autodiff", "landscape", "lessons");
        allow("page", "math", "nn", "data", "text", "state", "autodiff", "landscape", "lessons");
        allow("render", "math", "nn", "data", "text", "state", "autodiff", "landscape", "lessons", "playground", "page");
        allow("web", "math", "nn", "data", "text", "state", "autodiff", "landscape", "lessons", "playground", "page", "render", "build");
        allow("build", "math", "nn", "data", "text", "state", "autodiff", "landscape", "lessons", "playground", "page", "render");
    }

    private static void allow(String pkg, String... uses) {
        Set<String> s = new TreeSet<>(List.of(uses));
        s.add(ROOT);
        MAY_USE.put(pkg, s);
    }

    /**
     * Classes used across the table's arrows, each with the reason (the table's cells name them
     * too). An entry no longer used fails the test, so the list only shrinks.
     */
    private static final Map<String, Set<String>> EXCEPTIONS = Map.of(
            // Every choice (activation, loss, optimiser, initialiser, regularisation) is Keyed so
            // that links and menus name it; the interface is text's, and math is no place for names.
            "nn", Set.of("backproplab.text.Keyed"),
            // Data kinds and features are Keyed too; Csv splits with Texts and reads numbers as
            // JavaScript's +s does (JsNumber, TypedNumber), so a file means the same on every build.
            "data", Set.of("backproplab.text.Keyed", "backproplab.text.JsNumber", "backproplab.text.Texts",
                    "backproplab.text.TypedNumber"));

    /** Outside our own packages and java.*: TeaVM's browser API, and its platform markers. */
    private static final Map<String, Set<String>> EXTERNAL = Map.of(
            "org.teavm.jso", Set.of("web"),
            "org.teavm.interop", Set.of("web", ROOT));

    /** The longest a source file may be. */
    static final int MAX_LINES = 450;

    /**
     * Files longer than MAX_LINES when this rule came, each at most its length then. A ceiling
     * comes down as its file shrinks, and the entry goes when the file fits in MAX_LINES.
     */
    static final Map<String, Integer> CEILINGS = Map.of(
            "backproplab/render/GraphView.java", 771,
            "backproplab/web/PlaygroundPage.java", 511,
            "backproplab/state/HashCodec.java", 491);

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;");
    /** A qualified name in the code (after comments and literals are blanked). */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])((?:backproplab|org\\.teavm|javax?)(?:\\s*\\.\\s*\\w+)+)");

    @Test
    void everyPackageUsesOnlyWhatTheTableAllows() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> unusedExceptions = new LinkedHashMap<>();
        EXCEPTIONS.forEach((pkg, classes) -> unusedExceptions.put(pkg, new TreeSet<>(classes)));
        for (Path file : sources()) {
            String[] lines = blankCommentsAndLiterals(Files.readString(file)).split("\n", -1);
            String pkg = null;
            for (int n = 0; n < lines.length; n++) {
                Matcher p = PACKAGE.matcher(lines[n]);
                if (p.find()) {
                    pkg = ours(p.group(1));
                    if (pkg == null || !MAY_USE.containsKey(pkg)) {
                        problems.add(where(file, n) + "package " + p.group(1) + " is not in the table" + TABLE);
                    }
                    continue;
                }
                Matcher i = IMPORT.matcher(lines[n]);
                boolean isImport = i.find();
                List<String> names = new ArrayList<>();
                if (isImport) {
                    names.add(i.group(1));
                } else {
                    Matcher q = QUALIFIED.matcher(lines[n]);
                    while (q.find()) {
                        names.add(q.group(1).replaceAll("\\s", ""));
                    }
                }
                for (String name : names) {
                    String problem = check(pkg, name, unusedExceptions);
                    if (problem != null) {
                        problems.add(where(file, n) + (isImport ? "imports " : "names ") + name + ": " + problem);
                    }
                }
            }
        }
        unusedExceptions.forEach((pkg, classes) -> classes.forEach(c -> problems.add(
                "EXCEPTIONS: " + pkg + " no longer uses " + c + ": take it out of the list, and out of the table")));
        assertTrue(problems.isEmpty(), problems.size() + " use(s) against the table of packages:\n" + String.join("\n", problems));
    }

    /** Why {@code pkg} may not use {@code name}, or null if it may. */
    private static String check(String pkg, String name, Map<String, Set<String>> unusedExceptions) {
        if (pkg == null || !MAY_USE.containsKey(pkg)) {
            return null; // reported once, at the package line
        }
        String target = ours(name);
        if (target != null) {
            if (target.equals(pkg) || MAY_USE.get(pkg).contains(target)) {
                return null;
            }
            String cls = className(name);
            if (EXCEPTIONS.getOrDefault(pkg, Set.of()).contains(cls)) {
                unusedExceptions.get(pkg).remove(cls);
                return null;
            }
            if (!MAY_USE.containsKey(target)) {
                return "package " + target + " is not in the table" + TABLE;
            }
            return pkg + " may use only " + allowed(pkg) + TABLE;
        }
        if (name.startsWith("java.")) {
            return null;
        }
        for (Map.Entry<String, Set<String>> e : EXTERNAL.entrySet()) {
            if (name.equals(e.getKey()) || name.startsWith(e.getKey() + ".")) {
                return e.getValue().contains(pkg) ? null : e.getKey() + " is for " + String.join(" and ", new TreeSet<>(e.getValue())) + " only" + TABLE;
            }
        }
        return "no library outside java.* and TeaVM's " + EXTERNAL.keySet() + " (the site ships what it compiles)";
    }

    /** Our package of a qualified name ("math" for backproplab.math.Rng, ROOT for backproplab.Platform), or null if not ours. */
    static String ours(String name) {
        if (name.equals(ROOT)) {
            return ROOT;
        }
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        String second = name.substring(ROOT.length() + 1).split("\\.")[0];
        return Character.isUpperCase(second.charAt(0)) ? ROOT : second;
    }

    /** The top-level class a qualified name is in: backproplab.state.HashParams for backproplab.state.HashParams.Entry. */
    static String className(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("\\.")) {
            b.append(b.length() == 0 ? "" : ".").append(part);
            if (Character.isUpperCase(part.charAt(0))) {
                break;
            }
        }
        return b.toString();
    }

    private static String allowed(String pkg) {
        Set<String> uses = new TreeSet<>(MAY_USE.get(pkg));
        uses.remove(ROOT);
        String list = uses.isEmpty() ? "nothing of ours" : String.join(", ", uses);
        Set<String> extra = EXCEPTIONS.getOrDefault(pkg, Set.of());
        return list + "; also Platform" + (extra.isEmpty() ? "" : " and " + String.join(", ", new TreeSet<>(extra)));
    }

    @Test
    void noSourceFileIsLongerThanItsCeiling() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Path file : sources()) {
            String name = MAIN.relativize(file).toString().replace('\\', '/');
            int lines = Files.readAllLines(file).size();
            Integer ceiling = CEILINGS.get(name);
            if (ceiling == null) {
                if (lines > MAX_LINES) {
                    problems.add(name + " has " + lines + " lines, over " + MAX_LINES + ": split it");
                }
                continue;
            }
            seen.add(name);
            if (lines > ceiling) {
                problems.add(name + " has " + lines + " lines, over its ceiling of " + ceiling + " (a listed file may not grow): split it");
            } else if (lines <= MAX_LINES) {
                problems.add(name + " has " + lines + " lines, within " + MAX_LINES + ": take it out of CEILINGS");
            } else if (lines < ceiling) {
                problems.add(name + " has " + lines + " lines, under its ceiling of " + ceiling + ": lower the ceiling in CEILINGS to " + lines);
            }
        }
        for (String name : CEILINGS.keySet()) {
            if (!seen.contains(name)) {
                problems.add(name + " is in CEILINGS but no longer exists: take it out");
            }
        }
        assertTrue(problems.isEmpty(), "source file sizes (ArchitectureTest.CEILINGS):\n" + String.join("\n", problems));
    }

    @Test
    void qualifiedNamesAreFoundInCodeButNotInCommentsOrStrings() {
        String code = "/* backproplab.web.A */ String s = \"backproplab.web.B\"; char c = '\"'; // backproplab.web.C\n"
                + "x = backproplab.web.D.f(); y = \"\"\"\n  backproplab.web.E\n  \"\"\";";
        Matcher q = QUALIFIED.matcher(blankCommentsAndLiterals(code));
        List<String> found = new ArrayList<>();
        while (q.find()) {
            found.add(q.group(1));
        }
        assertEquals(List.of("backproplab.web.D.f"), found);
        assertEquals(ROOT, ours("backproplab.Platform"));
        assertEquals("state", ours("backproplab.state.HashParams.Entry"));
        assertEquals("backproplab.state.HashParams", className("backproplab.state.HashParams.Entry"));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    private static String where(Path file, int line) {
        return MAIN.relativize(file) + ":" + (line + 1) + ": ";
    }

    /**
     * The source with its comments and its string, text block and char literals turned into spaces,
     * line breaks kept, so that a name in a comment or a string is not a use and line numbers hold.
     */
    static String blankCommentsAndLiterals(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            int end;
            if (src.startsWith("//", i)) {
                end = src.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (src.startsWith("/*", i)) {
                end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                end = src.indexOf("\"\"\"", i + 3);
                while (end > 0 && src.charAt(end - 1) == '\\') {
                    end = src.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
            } else if (src.charAt(i) == '"' || src.charAt(i) == '\'') {
                char quote = src.charAt(i);
                end = i + 1;
                while (end < n && src.charAt(end) != quote && src.charAt(end) != '\n') {
                    end += src.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
            } else {
                out.append(src.charAt(i++));
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(src.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }
}
