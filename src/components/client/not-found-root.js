// The offline bundle's 404 page, served by a web server in place of a
// missing page at any depth: its links are relative to the site root, but
// the address is not. This finds the root — the nearest folder above the
// missing address that holds the guide's _data/manifest.json — and points
// the page's links there. Inline, in the offline 404.html only.
((d) => {
  if (location.protocol == 'file:') return;
  var folders = location.pathname.split('/');
  folders.pop();

  function fix(root) {
    var base = location.origin + root;
    var attrs = ['href', 'src', 'data-search', 'data-highlight', 'data-quickfind'];
    var els = d.querySelectorAll('[href], [src], [data-search]');
    for (var i = 0; i < els.length; i++)
      for (var k = 0; k < attrs.length; k++) {
        var v = els[i].getAttribute(attrs[k]);
        if (v && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(v)) els[i].setAttribute(attrs[k], new URL(v, base).href);
      }
    d.documentElement.setAttribute('data-root', root);
  }

  function probe(n) {
    if (n < 1) return;
    var root = folders.slice(0, n).join('/') + '/';
    fetch(root + '_data/manifest.json', { method: 'HEAD' }).then(
      (r) => {
        if (r.ok) fix(root);
        else probe(n - 1);
      },
      () => {
        probe(n - 1);
      },
    );
  }
  probe(folders.length);
})(document);
