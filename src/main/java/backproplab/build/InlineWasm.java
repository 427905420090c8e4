package backproplab.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build step, not part of the page: writes the WebAssembly GC build as one classic script,
 * TeaVM's loader followed by the module's bytes in a string. A page opened from disk may not fetch
 * a .wasm file (file:// has no fetch), but it may load a script; js/start.js reads the bytes back.
 *
 * <p>Each byte is the character of the same code, U+0000 to U+00FF, five of them escaped; the file
 * is UTF-8 with a BOM, so that the browser reads it so whatever the server says. Unlike base64,
 * which writes a byte differently at each of three offsets, this keeps the module's repetitions
 * for gzip: 190 instead of 226 KB (gzip -9).
 */
public final class InlineWasm {
    /** TeaVM's loader for its WEBASSEMBLY_GC output, shipped inside teavm-core. */
    static final String RUNTIME = "/org/teavm/backend/wasm/wasm-gc-runtime.min.js";

    /** The global that holds the bytes; js/start.js reads it and then deletes it. */
    static final String GLOBAL = "backproplabWasm";

    private InlineWasm() {
    }

    /** {@code InlineWasm module.wasm script.js} */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, script(Files.readAllBytes(Path.of(args[0]))), StandardCharsets.UTF_8);
    }

    static String script(byte[] module) {
        String runtime = runtime();
        StringBuilder s = new StringBuilder(runtime.length() + module.length * 2);
        s.append('\uFEFF').append(runtime).append("\nwindow.").append(GLOBAL).append(" = \"");
        for (byte b : module) {
            char c = (char) (b & 0xff);
            switch (c) {
                case 0: s.append("\\x00"); break; // allowed raw, but not every tool keeps a NUL
                case '\n': s.append("\\n"); break;
                case '\r': s.append("\\r"); break;
                case '"': s.append("\\\""); break;
                case '\\': s.append("\\\\"); break;
                default: s.append(c);
            }
        }
        return s.append("\";\n").toString();
    }

    static String runtime() {
        try (InputStream in = InlineWasm.class.getResourceAsStream(RUNTIME)) {
            if (in == null) {
                throw new IllegalStateException(RUNTIME + " is not on the class path (it comes with teavm-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
