// The island loader: inline and classic on every page that holds an island
// (data-island="<kind>"; see Island.astro), kept small. It starts each island
// on intent — when it comes near the viewport, or is focused or touched (or
// only then, data-island-start="intent") —
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

  // data-island-start="intent": the server drew what the island would show first, so it waits for the reader's hand
  // (focus, pointer) instead of the viewport, unless the address (data-island-query) or this browser's storage
  // (data-island-stored, keys) holds something of the reader's that only the island can show.
  function eager(el) {
    var q = (el.getAttribute('data-island-query') || '').split(' ');
    var keys = (el.getAttribute('data-island-stored') || '').split(' ');
    var params = new URLSearchParams(location.search);
    for (var i = 0; i < q.length; i++) if (q[i] && params.has(q[i])) return true;
    try {
      for (i = 0; i < keys.length; i++) if (keys[i] && localStorage.getItem(keys[i]) !== null) return true;
    } catch (_) {
      // storage blocked: start, so the island can say that nothing will be kept
      return true;
    }
    return false;
  }

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
        var onIntent = el.getAttribute('data-island-start') == 'intent';
        if (onIntent && eager(el)) start(el);
        else if (io && !onIntent) io.observe(el);
        else if (!onIntent) start(el);
        var go = () => {
          start(el);
        };
        el.addEventListener('focusin', go);
        el.addEventListener('pointerenter', go);
        el.addEventListener('pointerdown', go);
        // A button pressed before the island is live (a slow machine, a quick tap) is pressed again once it is.
        if (onIntent)
          el.addEventListener(
            'click',
            (e) => {
              var b = !el.hasAttribute('data-live') && e.target.closest && e.target.closest('button');
              if (!b) return;
              e.preventDefault();
              e.stopPropagation();
              start(el);
              el.addEventListener('cgg:live', () => {
                b.click();
              });
            },
            true,
          );
      })(els[i]);
  }

  if (d.readyState == 'loading') d.addEventListener('DOMContentLoaded', init);
  else init();
})(document, window);
