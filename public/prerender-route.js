// Runs before the first paint. index.html holds the concept graph rendered at build time; when the
// address asks for another view, or for a chart alone (embed, slide), this marks the page so that
// only the shell shows until the app draws that view (src/prerender/prerender.css). A classic
// script of the app's own origin: the Content-Security-Policy allows no inline script.
(function () {
  var routes = ['graph', 'timeline', 'compare', 'map', 'read'];
  var hash = location.hash;
  var m = /^#\/([a-z]+)/.exec(hash);
  var route = m && routes.indexOf(m[1]) >= 0 ? m[1] : 'graph';
  var root = document.documentElement;
  root.setAttribute('data-prerendered-route', route);
  if (/[?&](embed=1|present=)/.test(hash)) root.setAttribute('data-prerendered-framed', '');
})();
