package backproplab.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.Deflater;

/**
 * A build step, not part of the page: writes the WebAssembly GC build as one classic script,
 * TeaVM's loader followed by the module's bytes in a string. A page opened from disk may not fetch
 * a .wasm file (file:// has no fetch), but it may load a script; js/start.js reads the bytes back.
 *
 * <p>The bytes are deflated (raw DEFLATE, as the browsers' DecompressionStream("deflate-raw")
 * reads it) and then written in base64, all ASCII: smaller, raw and gzipped, than the module's
 * bytes one character each, the form until 2026-12-01 (docs/benchmarks.md has the bytes).
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
        return runtime() + "\nwindow." + GLOBAL + " = \"" + Base64.getEncoder().encodeToString(deflate(module)) + "\";\n";
    }

    /** Raw DEFLATE (no zlib header or checksum), at the best compression. */
    static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
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
