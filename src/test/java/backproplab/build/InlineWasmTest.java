package backproplab.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htmlunit.corejs.javascript.Context;
import org.junit.jupiter.api.Test;

class InlineWasmTest {
    @Test
    void theScriptIsTeaVMsLoaderThenAStringThatAJavaScriptParserReadsBackAsTheModuleBytes() {
        byte[] module = new byte[2048];
        for (int i = 0; i < module.length; i++) {
            module[i] = (byte) (i * 37 + 11); // every byte value, the five escaped ones among them
        }
        String script = InlineWasm.script(module);
        assertTrue(script.startsWith("\uFEFF" + InlineWasm.runtime()), "a BOM, then the loader");
        assertTrue(InlineWasm.runtime().contains("wasmGC"), "TeaVM's loader defines TeaVM.wasmGC.load");
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
        byte[] read = new byte[text.length()];
        for (int i = 0; i < read.length; i++) {
            assertTrue(text.charAt(i) < 256, "one character per byte");
            read[i] = (byte) text.charAt(i); // what js/start.js does with charCodeAt
        }
        assertArrayEquals(module, read);
    }
}
