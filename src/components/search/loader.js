// The search loader: inline and classic on every page (see SiteSearch.astro;
// kept under 1 KB minified). The search button shows where JavaScript runs
// (html.js, set first in <body>; without it the header's links to the documents
// and the glossary stand in); this loads the search code on intent
// only: focus or hover on the button, a click, "/" or Ctrl+K (Cmd+K). Nothing
// is fetched when the page loads, except the highlighter on a page opened
// from a search result (?highlight=). It also shows the "Cite" buttons of a
// document and loads their code on first use. The scripts' addresses are its
// data-* attributes, made by src/lib/urls.ts for this page.
(function (d, w) {
  var me = d.currentScript;
  var button = d.querySelector('[data-search-button]');
  var started;

  function add(name) {
    var s = d.createElement('script');
    s.src = me.getAttribute('data-' + name);
    d.head.appendChild(s);
  }

  function load(open) {
    if (w.siteSearch) return open && w.siteSearch.open();
    if (open) w.siteSearchOpen = 1;
    if (!started) {
      started = 1;
      add('quickfind');
      add('search');
    }
  }

  if (button) {
    // Handlers set as properties, not attributes: allowed by a Content-Security-Policy.
    button.onclick = function () {
      load(1);
    };
    button.onfocus = button.onpointerenter = function () {
      load();
    };
  }

  function on(type, listener) {
    d.addEventListener(type, listener);
  }

  on('keydown', function (e) {
    var t = e.target;
    var mod = e.ctrlKey || e.metaKey;
    var typing = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
    if (e.key == '/' ? !mod && !e.altKey && !typing : mod && /^k$/i.test(e.key) && !e.altKey && !e.shiftKey) {
      e.preventDefault();
      load(1);
    }
  });

  if (/[?&]highlight=/.test(location.search)) add('highlight');

  // "Cite" beside each section of a document: its code loaded on first use.
  on('click', function (e) {
    var b = e.target.closest('button[data-cite]');
    if (!b) return;
    if (w.siteCite) return w.siteCite(b);
    if (!w.siteCiteFirst) add('cite-script');
    w.siteCiteFirst = b;
  });
})(document, window);
