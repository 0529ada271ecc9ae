// Runs before the first paint, inlined into index.html at build (allowed by its hash in the CSP).
// index.html holds the shell and the concept graph, in English. Another view's address, or a
// Chinese one, fetches that page as built (prerender/<route>[.zh].html, written by the build) and
// puts it in the built page's place once the page is parsed; until then prerender.css shows the
// shell without a view (a Chinese address: nothing). A chart alone (embed, slide): nothing.
(function () {
  var routes = ['graph', 'timeline', 'compare', 'map', 'read'];
  var hash = location.hash;
  var m = /^#\/([a-z]+)/.exec(hash);
  var route = m && routes.indexOf(m[1]) >= 0 ? m[1] : 'graph';
  var root = document.documentElement;
  root.setAttribute('data-prerendered-route', route);
  if (/[?&](embed=1|present=)/.test(hash)) {
    root.setAttribute('data-prerendered-framed', '');
    return;
  }
  // Each page is built for the view's plain address: one that names more (a document, a sentence,
  // years, a filter) would show something else first; it waits for the app.
  var plain = !/[?&](?!lang=)[^&]/.test(hash);
  var stated = /[?&]lang=([^&]*)/.exec(hash);
  var lang = null;
  try {
    lang = stated && speaks(decodeURIComponent(stated[1]));
  } catch {
    // A malformed link: the next in line decides.
  }
  if (lang || route !== 'graph') show(lang || chosen());
  // The graph's English page is index.html itself, shown at once: the reader's remembered choice
  // (a storage read, which would hold up that first paint) is read once the page is parsed.
  else
    whenParsed(function () {
      show(chosen());
    });

  // The app's choice (src/lib/i18n/language.ts): the link's, else the reader's last, else the
  // browser's first language the app speaks, else English.
  function speaks(tag) {
    var said = String(tag || '')
      .trim()
      .toLowerCase();
    var primary =
      { cn: 'zh', chinese: 'zh', '\u4e2d\u6587': 'zh', english: 'en' }[said] ||
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
    for (var i = 0; i < tags.length; i++) if (speaks(tags[i])) return speaks(tags[i]);
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
    } else if (route === 'graph') return;
    if (!plain) return;
    fetch('prerender/' + route + (lang === 'zh' ? '.zh' : '') + '.html')
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html !== null)
          whenParsed(function () {
            // Gone once the live app has taken its place: then too late to show.
            var built = document.querySelector('#app > [data-prerendered]');
            if (!built || built.hasAttribute('data-prerendered-fragment')) return;
            built.innerHTML = html;
            built.setAttribute('data-prerendered-fragment', '');
          });
      })
      .catch(function () {
        // No page (offline before a first visit): the app draws the view when it comes.
      });
  }
})();
