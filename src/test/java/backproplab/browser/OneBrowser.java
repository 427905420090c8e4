package backproplab.browser;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for all the tests of a class, opened before the first and closed after the
 * last: {@code @RegisterExtension static final OneBrowser BROWSER = new OneBrowser(() -> new
 * Chromium(1280, 800), c -> chromium = c);} hands it to the class's static field.
 */
final class OneBrowser implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<Chromium> open;
    private final Consumer<Chromium> use;
    private Chromium chromium;

    OneBrowser(Supplier<Chromium> open, Consumer<Chromium> use) {
        this.open = open;
        this.use = use;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium = open.get();
        use.accept(chromium);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
    }
}
