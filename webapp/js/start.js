// Starts the page's program. The playground runs the WebAssembly GC build where the browser can
// run it (faster, docs/benchmarks.md), else the JavaScript build; both are the same Java code and
// compute the same numbers. The lesson pages, which have no use for the speed, always run the
// JavaScript build, which holds every page: the WebAssembly one holds only WASM_PAGES
// (PlaygroundMain.java), at half the size. The WebAssembly comes inlined in a script, as pages
// opened from disk cannot fetch a .wasm file. On those pages `?build=js` or `?build=wasm` in the
// address chooses one by hand. When the program has started, <html data-build> says which one runs.
(function () {
  // Until the program has laid the page out (sized its canvases, filled its panels) the main
  // content is kept out of sight, so that it appears where it stays instead of shifting as it
  // fills (lab.css, html.starting); without JavaScript this never runs and nothing is hidden.
  document.documentElement.classList.add('starting');
  function shown() {
    document.documentElement.classList.remove('starting');
  }

  var WASM_PAGES = ['playground', 'bench', 'check'];
  var here = document.currentScript ? document.currentScript.src.replace(/[^\/]*$/, '') : 'js/';
  var asked = (/[?&]build=(js|wasm)(&|$)/.exec(location.search) || [])[1];

  function load(file, then, failed) {
    var s = document.createElement('script');
    s.src = here + file;
    s.onload = then;
    s.onerror = failed;
    document.body.appendChild(s);
  }

  // Pages size some canvases to their boxes once laid out (a frame after main): the content
  // shows, and data-build says the program runs, at the next frame; a frame a browser never
  // draws (a hidden tab, a throttled iframe) gets there by the timer.
  function started(build) {
    var done = false;
    function ready() {
      if (!done) {
        done = true;
        shown();
        document.documentElement.setAttribute('data-build', build);
      }
    }
    requestAnimationFrame(function () { requestAnimationFrame(ready); });
    setTimeout(ready, 500);
  }

  function javaScript() {
    load('backproplab.js', function () {
      try {
        main([]);
      } catch (e) {
        shown(); // a program that failed shows its notice
        throw e;
      }
      started('js');
    }, shown);
  }

  // A module of one struct type: valid only where WebAssembly has garbage-collected types.
  function hasWasmGc() {
    try {
      return typeof WebAssembly === 'object'
          && WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 127, 0]));
    } catch (e) {
      return false;
    }
  }

  // TeaVM's loader of the WebAssembly build makes its JavaScript glue from strings, which a
  // Content-Security-Policy without 'unsafe-eval' forbids: such pages get the JavaScript build.
  function mayEvaluate() {
    try {
      return new Function('return true')();
    } catch (e) {
      return false;
    }
  }

  // js/backproplab-wasm.js holds the module deflated, in base64 (InlineWasm.java). Every browser
  // with Wasm GC has DecompressionStream; where anything here fails, the JavaScript build runs.
  function inflate(base64) {
    var packed;
    if (Uint8Array.fromBase64) {
      packed = Uint8Array.fromBase64(base64);
    } else { // Chrome before 140, Firefox before 133: ~20 times slower
      var text = atob(base64);
      packed = new Uint8Array(text.length);
      for (var i = 0; i < text.length; i++) {
        packed[i] = text.charCodeAt(i);
      }
    }
    var inflating = new DecompressionStream('deflate-raw');
    var writer = inflating.writable.getWriter();
    // bad bytes fail the readable too, whose failure falls back below: these two need not say so again
    writer.write(packed).catch(function () {});
    writer.close().catch(function () {});
    return new Response(inflating.readable).arrayBuffer();
  }

  function fallBack(why) {
    console.warn('Backprop Lab: running the JavaScript build, as the WebAssembly one could not start (' + why + ')');
    javaScript();
  }

  if (WASM_PAGES.indexOf(document.body.getAttribute('data-page')) < 0
      || asked === 'js' || asked !== 'wasm' && !(hasWasmGc() && mayEvaluate())) {
    javaScript();
    return;
  }
  load('backproplab-wasm.js', function () {
    var packed = window.backproplabWasm;
    delete window.backproplabWasm;
    Promise.resolve(packed).then(inflate).then(function (module) {
      return TeaVM.wasmGC.load(module);
    }).then(function (program) {
      program.exports.main([]);
      started('wasm');
    }, fallBack);
  }, function () {
    fallBack('js/backproplab-wasm.js did not load');
  });
})();
