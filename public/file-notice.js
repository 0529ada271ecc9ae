// Opened from a file (file://), browsers refuse to run the explorer's modules and to read its data,
// which would leave a blank page. Say so, and what works instead. A classic script, so that it
// runs from a file too, added only there by the first-paint script (public/prerender-route.js).
(function () {
  if (location.protocol !== 'file:') return;
  window.addEventListener('load', function () {
    var root = document.getElementById('app');
    // The app ran after all (it mounts in [data-live]); the page built into index.html stays below.
    if (!root || root.querySelector('[data-live]')) return;
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.style.cssText =
      'max-width:40rem;margin:2rem auto;padding:1rem 1.25rem;font:16px/1.5 system-ui,sans-serif;border:1px solid #c99a00;background:#fff4d6;border-radius:6px';
    var h = document.createElement('h1');
    h.style.cssText = 'font-size:1.2rem;margin:0 0 0.5rem';
    h.textContent = 'The explorer cannot run from a file';
    var p1 = document.createElement('p');
    p1.textContent =
      'This copy of the GDI Digital Cooperation Explorer was opened from disk. Browsers do not run its scripts or read its data there. Serve this folder over HTTP instead, for example with "python3 -m http.server" in it, then open http://localhost:8000/ — any static host works the same way.';
    var p2 = document.createElement('p');
    p2.style.margin = '0.5rem 0 0';
    p2.textContent =
      'To keep a chart that opens from a file, use Export → Web page in the served explorer: one HTML file with the chart, its data and its source.';
    box.appendChild(h);
    box.appendChild(p1);
    box.appendChild(p2);
    root.insertBefore(box, root.firstChild);
  });
})();
