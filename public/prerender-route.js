// Runs before the first paint, inlined into index.html at build (allowed by its hash in the CSP).
// index.html holds the shell and the concept graph, in English, after an empty slot. Another view's
// address, or a Chinese one, fetches that page as built (prerender/<route>[.zh].html, written by the
// build) and puts it in the slot as soon as it comes, while index.html may still be parsing; then
// index.html's own page is dropped. Until then prerender.css shows the shell without a view (a
// Chinese address: nothing). A chart alone (embed, slide): nothing.
// The app's scripts and data are asked for once that view is painted, so that nothing competes
// with it: index.html names the scripts in blocks that do not run (type module-after-paint, rel
// modulepreload-after-paint: scripts/prerender-plugin.ts), and startApp fetches and runs them.
(function () {
  // Opened from a file, the app cannot run: file-notice.js says so. Fetched only then, so that no
  // page served over HTTP loads it.
  if (location.protocol === 'file:') {
    var notice = document.createElement('script');
    notice.src = './file-notice.js';
    document.head.appendChild(notice);
  }
  var routes = ['graph', 'timeline', 'compare', 'map', 'read'];
  var hash = location.hash;
  var m = /^#\/([a-z]+)/.exec(hash);
  var route = m && routes.indexOf(m[1]) >= 0 ? m[1] : 'graph';
  var root = document.documentElement;
  var started = false;
  var waiting = null;
  var slot = '#app > [data-prerendered-slot]';
  root.setAttribute('data-prerendered-route', route);
  if (/[?&](embed=1|present=)/.test(hash)) {
    root.setAttribute('data-prerendered-framed', '');
    return startApp();
  }
  // Each page is built for the view's plain address: one that names more (a document, a sentence,
  // years, a filter) would show something else first; it waits for the app.
  var plain = !/[?&](?!lang=)[^&]/.test(hash);
  var stated = /[?&]lang=([^&]*)/.exec(hash);
  var lang = null;
  try {
    lang = stated && speaks(decodeURIComponent(stated[1].replace(/\+/g, ' ')), 1);
  } catch {
    // A malformed link: the next in line decides.
  }
  // Whatever becomes of the view's page (a fetch that hangs, a paint never reported), the app starts.
  whenParsed(function () {
    setTimeout(startApp, 2000);
  });
  // Decided before anything is painted, for the graph too (whose English page is index.html
  // itself): a reader who chose Chinese before never sees the English graph first. The storage
  // read is the app's own first one, a few tenths of a millisecond once, moved before the paint.
  show(lang || chosen());

  // The app's choice (src/lib/i18n/language.ts; a link's other names for a language as
  // src/lib/state/url-state.ts reads them): the link's, else the reader's last, else the browser's
  // first language the app speaks, else English.
  function speaks(tag, link) {
    var said = String(tag).trim().toLowerCase();
    var primary =
      (link && { cn: 'zh', chinese: 'zh', '\u4e2d\u6587': 'zh', english: 'en' }[said]) ||
      said.split(/[-_]/)[0];
    return primary === 'zh' || primary === 'en' ? primary : null;
  }
  function chosen() {
    var tags = [];
    try {
      tags.push(localStorage.getItem('gdi-explorer.lang'));
    } catch {
      // No storage (a framed page of another site): the browser's languages decide.
    }
    tags = tags.concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < tags.length; i++) if (tags[i] && speaks(tags[i])) return speaks(tags[i]);
    return 'en';
  }
  function whenParsed(then) {
    if (document.readyState !== 'loading') then();
    // Parsed, before the app's deferred scripts run (DOMContentLoaded would wait for them).
    else document.addEventListener('readystatechange', then, { once: true });
  }
  function show(lang) {
    if (lang === 'zh') {
      root.setAttribute('data-prerendered-lang', 'zh');
      root.lang = 'zh-CN';
    } else if (route === 'graph') return afterPaint(0);
    if (!plain) return startApp();
    fetch('prerender/' + route + (lang === 'zh' ? '.zh' : '') + '.html')
      .then(function (response) {
        if (!response.ok) throw 0;
        return response.text();
      })
      .then(
        function (html) {
          var since = performance.now();
          if (!place(html)) whenParsed(place.bind(null, html));
          afterPaint(since);
        },
        // No page (offline before a first visit, a host without it): the English page shows until
        // the app draws the view (a Chinese reader sees the English shell, or graph, not nothing).
        function () {
          root.removeAttribute('data-prerendered-lang');
          root.lang = 'en';
          startApp();
        },
      );
  }
  // In the slot, if the parser has made it (else false); gone once the app has taken its place.
  function place(html) {
    var into = document.querySelector(slot);
    if (!into) return document.readyState !== 'loading';
    // What lies below the first screen is left out of the first frame (prerender.css) and comes
    // once that frame is on screen (startApp), in two steps: no one task lays out the whole page.
    into.setAttribute('data-prerendered-later', 2);
    into.innerHTML = html;
    into.removeAttribute('data-prerendered-slot');
    into.setAttribute('data-prerendered', '');
    into.setAttribute('data-prerendered-fragment', '');
    waiting = into;
    if (started) revealLater();
    // What the parser has yet to read of index.html's page goes into the dropped element.
    whenParsed(function () {
      var built = document.querySelector(
        '#app > [data-prerendered]:not([data-prerendered-fragment])',
      );
      if (built) built.remove();
    });
    return true;
  }
  // Once a largest paint after `since` is reported (its frame is on screen).
  function afterPaint(since) {
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (!types || types.indexOf('largest-contentful-paint') < 0) return whenParsed(startApp);
    var observer = new PerformanceObserver(function (list) {
      var entries = list.getEntries();
      if (entries[entries.length - 1].startTime < since) return;
      observer.disconnect();
      startApp();
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  }
  // The rest of the placed page, one step per task, each after a frame.
  function revealLater() {
    var into = waiting;
    var step = 2;
    waiting = null;
    if (into)
      (function next() {
        requestAnimationFrame(function () {
          setTimeout(function () {
            if (--step) {
              into.setAttribute('data-prerendered-later', step);
              next();
            } else into.removeAttribute('data-prerendered-later');
          });
        });
      })();
  }
  // The data, which the app asks for once it runs (src/App.svelte), is fetched beside its scripts;
  // the entry runs once the page is parsed (it needs #app).
  function startApp() {
    if (started) return;
    started = true;
    revealLater();
    var held = document.querySelectorAll(
      'script[type="module-after-paint"], link[rel="modulepreload-after-paint"]',
    );
    var urls = ['data/corpus.json'].concat(route === 'graph' ? ['data/graph-layout.json'] : []);
    for (var i = 0; i < held.length + urls.length; i++) {
      var el = held[i];
      var link = document.createElement('link');
      link.rel = el ? 'modulepreload' : 'preload';
      if (!el) link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = el ? el.getAttribute('src') || el.getAttribute('href') : urls[i - held.length];
      document.head.appendChild(link);
    }
    // None in `npm run dev`, where index.html runs the app itself.
    var entry = document.querySelector('script[type="module-after-paint"]');
    if (entry)
      whenParsed(function () {
        var script = document.createElement('script');
        script.type = 'module';
        script.src = entry.getAttribute('src');
        document.head.appendChild(script);
      });
  }
})();
