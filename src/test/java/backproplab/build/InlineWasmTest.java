package backproplab.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class InlineWasmTest {
    @Test
    void theScriptIsTeaVMsLoaderFollowedByTheModuleBytesInBase64() {
        byte[] module = new byte[1000];
        for (int i = 0; i < module.length; i++) {
            module[i] = (byte) (i * 37 + 11); // every byte value, so no character is lost on the way
        }
        String script = InlineWasm.script(module);
        assertTrue(script.startsWith(InlineWasm.runtime()));
        assertTrue(InlineWasm.runtime().contains("wasmGC"), "TeaVM's loader defines TeaVM.wasmGC.load");
        String assignment = "\nwindow." + InlineWasm.GLOBAL + " = \"";
        int start = script.indexOf(assignment) + assignment.length();
        assertTrue(start > assignment.length() && script.endsWith("\";\n"), script.substring(script.length() - 40));
        assertArrayEquals(module, Base64.getDecoder().decode(script.substring(start, script.length() - 3)));
    }
}
