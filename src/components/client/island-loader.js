// The island loader: inline and classic on every page that holds an island
// (data-island="<kind>"; see Island.astro), kept small. It starts each island
// on intent — when it comes near the viewport, or is focused or touched —
// by adding its script (data-island-src) and its data (data-island-data) as
// classic scripts, once each; they call cgg.island() and cgg.data(). Each
// island starts inside its own try/catch, so one that fails leaves the
// others working and keeps its server-rendered, link-based version
// (after GOV.UK Frontend's createAll).
((d, w) => {
  if (w.cgg) return;
  var added = {};
  var data = {};
  var mounts = {};
  var waiting = [];

  function fail(el, error) {
    el.setAttribute('data-island-failed', '');
    if (error)
      setTimeout(() => {
        throw error;
      });
  }

  function run() {
    waiting = waiting.filter((el) => {
      var kind = el.getAttribute('data-island');
      var name = el.getAttribute('data-island-name');
      if (!mounts[kind] || (name && !(name in data))) return !el.hasAttribute('data-island-failed');
      try {
        mounts[kind](el, JSON.parse(el.getAttribute('data-island-props') || '{}'), name ? data[name] : undefined);
        el.setAttribute('data-island-started', '');
      } catch (e) {
        fail(el, e);
      }
      return false;
    });
  }

  function add(src) {
    if (!src || added[src]) return;
    added[src] = 1;
    var s = d.createElement('script');
    s.src = src;
    s.onerror = () => {
      for (var i = 0; i < waiting.length; i++) {
        var x = waiting[i];
        if (x.getAttribute('data-island-src') == src || x.getAttribute('data-island-data') == src) fail(x);
      }
      run();
    };
    d.head.appendChild(s);
  }

  function start(el) {
    if (el.cggStarting) return;
    el.cggStarting = 1;
    waiting.push(el);
    add(el.getAttribute('data-island-data'));
    add(el.getAttribute('data-island-src'));
    run();
  }

  w.cgg = {
    data: (name, value) => {
      data[name] = value;
      run();
    },
    island: (kind, mount) => {
      mounts[kind] = mount;
      run();
    },
  };

  function init() {
    // 200 px: an island just below the first screen waits until the reader scrolls towards it, so a page whose
    // tool sits a little way down (chapter 3) loads only its text at first.
    var els = d.querySelectorAll('[data-island]');
    var io =
      w.IntersectionObserver &&
      new IntersectionObserver(
        (entries) => {
          for (var i = 0; i < entries.length; i++)
            if (entries[i].isIntersecting) {
              io.unobserve(entries[i].target);
              start(entries[i].target);
            }
        },
        { rootMargin: '200px 0px' },
      );
    for (var i = 0; i < els.length; i++)
      ((el) => {
        if (io) io.observe(el);
        else start(el);
        el.addEventListener('focusin', () => {
          start(el);
        });
        el.addEventListener('pointerenter', () => {
          start(el);
        });
      })(els[i]);
  }

  if (d.readyState == 'loading') d.addEventListener('DOMContentLoaded', init);
  else init();
})(document, window);
