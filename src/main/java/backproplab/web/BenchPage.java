package backproplab.web;

import backproplab.playground.Benchmark;

/** Not a page for students: the benchmark runner opens it and reads the engine's figures from #result. */
final class BenchPage {
    private BenchPage() {
    }

    static void start() {
        Dom.text("result", Benchmark.report());
    }
}
