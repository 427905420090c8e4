package backproplab.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.htmlunit.corejs.javascript.Context;
import org.junit.jupiter.api.Test;

class InlineWasmTest {
    @Test
    void theScriptIsTeaVMsLoaderThenAStringOfTheModuleDeflatedInBase64() throws DataFormatException {
        byte[] module = new byte[20000];
        for (int i = 0; i < module.length; i++) {
            module[i] = (byte) (i < 10000 ? i * 37 + 11 : i % 7); // every byte value, then repetitions
        }
        String script = InlineWasm.script(module);
        assertTrue(script.startsWith(InlineWasm.runtime()), "the loader first");
        assertTrue(InlineWasm.runtime().contains("wasmGC"), "TeaVM's loader defines TeaVM.wasmGC.load");
        assertTrue(script.chars().allMatch(c -> c < 128), "ASCII: the same whatever charset a server names");
        String assignment = "\nwindow." + InlineWasm.GLOBAL + " = ";
        int start = script.lastIndexOf(assignment) + assignment.length();
        assertTrue(start > assignment.length() && script.endsWith(";\n"), script.substring(script.length() - 40));

        String literal = script.substring(start, script.length() - 2);
        Context cx = Context.enter();
        String text;
        try {
            text = (String) cx.evaluateString(cx.initStandardObjects(), literal, "literal", 1, null);
        } finally {
            Context.exit();
        }
        byte[] packed = Base64.getDecoder().decode(text); // js/start.js: atob
        assertTrue(packed.length < module.length / 2, "deflated: " + packed.length + " bytes");
        Inflater inflater = new Inflater(true); // js/start.js: DecompressionStream("deflate-raw")
        inflater.setInput(packed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            assertTrue(n > 0 || inflater.finished(), "the stream ends where the module does");
            out.write(buffer, 0, n);
        }
        inflater.end();
        assertArrayEquals(module, out.toByteArray());
    }
}
