package backproplab.web;

/**
 * The entry point of the WebAssembly GC build: the playground, and the pages that measure and
 * check its engine. Only there does the build's speed count (docs/benchmarks.md), and without the
 * lesson pages its module is half the size. js/start.js loads it for these pages alone (its list
 * {@code WASM_PAGES} names the same three).
 */
public final class PlaygroundMain {
    private PlaygroundMain() {
    }

    public static void main(String[] args) {
        start(Main.page());
    }

    static void start(String page) {
        switch (page) {
            case "playground":
                PlaygroundPage.start();
                break;
            case "bench":
                BenchPage.start();
                break;
            case "check":
                CheckPage.start();
                break;
            default:
                Notices.set("error", "This page (" + page + ") is not part of this build of Backprop Lab.");
        }
    }
}
