package backproplab.web;

import backproplab.playground.CrossCheck;

/**
 * Not a page for students: the tests open it to compare the compiled engine with the JVM.
 * It runs {@link CrossCheck} on the link in its hash and prints the report into #result.
 */
final class CheckPage {
    private CheckPage() {
    }

    static void start() {
        String hash = Address.hash();
        String epochs = Dom.byId("result").getAttribute("data-epochs");
        Dom.text("result", CrossCheck.report(hash, Integer.parseInt(epochs)));
    }
}
