/**
 * Two browser engines behind one small page interface, for tests that must
 * behave the same in Chromium and in Firefox: `openBrowser('chromium' |
 * 'firefox')`, then `newPage()`.
 *
 * Both are driven by puppeteer-core, Chromium over the DevTools Protocol and
 * Firefox over WebDriver BiDi, so one implementation of the interface serves
 * both and a test's code is identical for either engine (playwright-core
 * cannot drive a stock Firefox: it needs its own patched build). The browsers
 * are the system's (Debian's `chromium` and `firefox-esr`); nothing is
 * downloaded. A missing browser fails with the command that installs it.
 *
 * No network: each browser gets a fresh temporary profile and a "sink" proxy
 * on 127.0.0.1 through which anything not on 127.0.0.1 would have to go. The
 * sink refuses it and records it (`session.background`), so a test can assert
 * that the browser itself reached nowhere; each page records what the page
 * asked for outside its scope (`page.record.outside`).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer, {
  type Browser,
  type ConsoleMessage,
  type HTTPRequest,
  type HTTPResponse,
  type KeyInput,
  type Page,
} from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.ts';

export type Engine = 'chromium' | 'firefox';
export const ENGINES: readonly Engine[] = ['chromium', 'firefox'];

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** What a page did that a test may want to forbid. Each entry is one line, URL first. */
export interface PageRecord {
  /** console.error() calls and the browser's own error messages on the console. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** Requests that failed or were answered 400 or more, and elements whose resource did not load. */
  failed: string[];
  /**
   * Requests whose URL is outside the page's scope (each once). From the network
   * events, and from the elements of each loaded page: Firefox gives no network
   * events for pages opened from file://. A script's own requests from such a page
   * reach only the sink (`session.background`) when they leave 127.0.0.1.
   */
  outside: string[];
  /** Content-Security-Policy violations (the securitypolicyviolation event). */
  csp: string[];
}

export interface TestPage {
  readonly engine: Engine;
  /** Loads `url` and waits for its load event; resolves to the HTTP status (undefined from file://). */
  goto(url: string): Promise<number | undefined>;
  /** Clicks the first element matching `selector` (scrolling it into view). */
  click(selector: string): Promise<void>;
  /** Types `text` into whatever has the focus, key by key. */
  type(text: string): Promise<void>;
  /** Presses one key: "/", "Enter", "Escape", "ArrowDown"… */
  press(key: KeyInput): Promise<void>;
  /** Runs `fn` in the page (it is serialised: it can use only its argument and the page's globals). */
  evaluate<R>(fn: () => R): Promise<Awaited<R>>;
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  waitForSelector(selector: string, options?: { visible?: boolean; timeout?: number }): Promise<void>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg: A, timeout?: number): Promise<void>;
  /** Waits until the address satisfies `test` (a load or history.pushState) and the document has loaded. */
  waitForURL(test: (url: URL) => boolean, timeout?: number): Promise<void>;
  url(): string;
  readonly record: PageRecord;
  /** Every entry of the record, de-duplicated, prefixed with its kind: [] when the page behaved. */
  problems(): string[];
  /** A URL whose failure (a 404 the test asks for) is not a problem. */
  expectFailure(url: string): void;
  clearRecord(): void;
  close(): Promise<void>;
  /** The puppeteer page, for what this interface lacks (then the test may differ per engine). */
  readonly raw: Page;
}

export interface NewPageOptions {
  /**
   * URL prefixes the page may request; anything else is recorded as outside.
   * By default anything on 127.0.0.1 and file://.
   */
  scope?: readonly string[];
  viewport?: { width: number; height: number };
}

export interface BrowserSession {
  readonly engine: Engine;
  /** e.g. "firefox/153.8.0", "HeadlessChrome/148.0…" */
  readonly version: string;
  newPage(options?: NewPageOptions): Promise<TestPage>;
  /** Requests the browser tried to send anywhere but 127.0.0.1 (caught by the sink proxy). */
  readonly background: readonly string[];
  close(): Promise<void>;
}

const LOCAL_SCOPE = ['http://127.0.0.1:', 'file://'];
const TIMEOUT = 15_000;

/** Opens a fresh `engine` with an empty temporary profile. Fails, saying how to install it, if it is missing. */
export async function openBrowser(engine: Engine): Promise<BrowserSession> {
  const executable = engine === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  if (!existsSync(executable)) {
    const [pkg, variable] = engine === 'chromium' ? ['chromium', 'CHROMIUM_PATH'] : ['firefox-esr', 'FIREFOX_PATH'];
    throw new Error(
      `${engine} not found at ${executable}. The browser tests need it: install it with ` +
        `"apt-get install -y ${pkg}" (Debian/Ubuntu), or set ${variable} to its executable.`,
    );
  }
  const sink = await startSink();
  let browser: Browser;
  try {
    browser = await puppeteer.launch(
      engine === 'chromium'
        ? {
            browser: 'chrome',
            executablePath: executable,
            headless: true,
            args: [
              ...CHROMIUM_FLAGS.filter((f) => f !== '--headless'),
              // Caught by the sink otherwise: the network time query (clients2.google.com) and, once a
              // reader types in a field, content-autofill.googleapis.com. Puppeteer merges this list into its own.
              '--disable-features=NetworkTimeServiceQuerying,AutofillServerCommunication',
              // Chromium sends everything but 127.0.0.1 and localhost through the proxy.
              `--proxy-server=http://127.0.0.1:${sink.port}`,
            ],
            timeout: 60_000,
          }
        : {
            browser: 'firefox',
            protocol: 'webDriverBiDi',
            executablePath: executable,
            headless: true,
            extraPrefsFirefox: firefoxPrefs(sink.port),
            // Firefox's own switch for tests: no connection to anything but this machine, and it lets the
            // profile point remote settings nowhere (release builds ignore that pref otherwise).
            env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
            timeout: 60_000,
          },
    );
  } catch (error) {
    await sink.close();
    throw new Error(`${engine} (${executable}) did not start: ${(error as Error).message}`);
  }
  const version = await browser.version();
  return {
    engine,
    version,
    background: sink.seen,
    newPage: (options) => newTestPage(engine, browser, options),
    close: async () => {
      await browser.close();
      await sink.close();
    },
  };
}

/**
 * Firefox preferences on top of puppeteer's (which already quiet updates, safe
 * browsing, telemetry reporting and more). Each was needed: without it the
 * sink proxy caught Firefox reaching out during a 15-second idle session.
 */
function firefoxPrefs(sinkPort: number): Record<string, unknown> {
  return {
    // Firefox's "recommended" automation prefs would turn security.fileuri.strict_origin_policy off, making
    // file:// pages more permissive than a reader's Firefox; puppeteer's profile sets it off too. Keep
    // Firefox's default (each file its own origin) so tests from disk see what readers see.
    'remote.prefs.recommended': false,
    'security.fileuri.strict_origin_policy': true,
    // Every connection not to 127.0.0.1 goes to the sink, which records and refuses it.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': sinkPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': sinkPort,
    'network.proxy.no_proxies_on': '',
    // What the sink caught otherwise: detectportal.firefox.com, location.services.mozilla.com,
    // push.services.mozilla.com, incoming.telemetry.mozilla.org, ads.mozilla.org.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'geo.provider.network.url': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'dom.push.connection.enabled': false,
    'toolkit.telemetry.server': 'data:,',
    'datareporting.usage.uploadEnabled': false,
    'browser.newtabpage.activity-stream.unifiedAds.endpoint': '',
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.topsites.contile.enabled': false,
    'browser.ml.enable': false,
    // aus5.mozilla.org, after a minute or two: system add-on and application update checks.
    'extensions.systemAddon.update.enabled': false,
    'extensions.systemAddon.update.url': '',
    'app.update.url': '',
    'app.update.disabledForTesting': true,
    'browser.translations.enable': false,
    // The one pref WebDriver BiDi itself recommends (permissions kept per browser context).
    'permissions.isolateBy.userContext': true,
  };
}

interface Sink {
  port: number;
  seen: string[];
  close: () => Promise<void>;
}

/** An HTTP proxy on 127.0.0.1 that answers every request 403 and remembers it ("CONNECT host:443", "GET http://…"). */
async function startSink(): Promise<Sink> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403, { Connection: 'close' }).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/**
 * Runs in every document before its own scripts: reports Content-Security-
 * Policy violations, elements whose resource failed to load, and, once the
 * page has loaded, the URLs its elements load from. Firefox reports no network
 * events for a page opened from file:// (not even for its http: requests);
 * this sees those in both engines.
 */
function watchInPage(tag: string) {
  addEventListener('load', () => {
    const loading = 'img[src],script[src],iframe[src],source[src],video[src],audio[src],embed[src],link[href]';
    for (const el of document.querySelectorAll<HTMLElement & { src?: string; href?: string; rel?: string }>(loading)) {
      if (el.tagName === 'LINK' && !/\b(stylesheet|icon|preload|modulepreload|prefetch|manifest)\b/i.test(el.rel ?? ''))
        continue;
      const url = el.src || el.href;
      if (url) console.debug(`${tag}ref ${url}`);
    }
  });
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(
      `${tag}csp ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
    );
  });
  // Leaving a page cancels what it still loads, and Firefox reports each cancelled script as an error.
  let leaving = false;
  addEventListener('beforeunload', () => {
    leaving = true;
  });
  addEventListener(
    'error',
    (e) => {
      const el = e.target as (Element & { src?: string; href?: string }) | null;
      if (!leaving && el && el !== (window as unknown) && (el.src || el.href))
        console.error(`${tag}load ${el.src || el.href}`);
    },
    true,
  );
}

/** The harness's own console lines: never the page's. */
const TAG = '[engines] ';
/** Leaving a page cancels what it still loads: not a failure of the site. */
const ABORTED = /^(net::ERR_ABORTED|NS_BINDING_ABORTED|NS_ERROR_ABORT)$/;

async function newTestPage(engine: Engine, browser: Browser, options: NewPageOptions = {}): Promise<TestPage> {
  const scope = options.scope ?? LOCAL_SCOPE;
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.setViewport(options.viewport ?? { width: 1280, height: 800 });
  await page.evaluateOnNewDocument(watchInPage, TAG);

  const record: PageRecord = { consoleErrors: [], pageErrors: [], failed: [], outside: [], csp: [] };
  const allowed = new Set<string>();
  const isAllowed = (url: string) => allowed.has(url) || allowed.has(url.replace(/#.*$/, ''));
  const local = (url: string) => /^(data|blob|about):/.test(url);
  const outside = (url: string) => {
    if (!local(url) && !scope.some((s) => url.startsWith(s)) && !record.outside.includes(url)) record.outside.push(url);
  };

  page.on('request', (r: HTTPRequest) => outside(r.url()));
  page.on('requestfailed', (r: HTTPRequest) => {
    const why = r.failure()?.errorText ?? '';
    if (!ABORTED.test(why) && !isAllowed(r.url())) record.failed.push(`${r.url()} (${why})`);
  });
  page.on('response', (r: HTTPResponse) => {
    if (r.status() >= 400 && !isAllowed(r.url())) record.failed.push(`${r.url()} (HTTP ${r.status()})`);
  });
  page.on('console', (m: ConsoleMessage) => {
    const text = m.text();
    if (text.startsWith(`${TAG}ref `)) return outside(text.slice(TAG.length + 4));
    if (m.type() !== 'error') return;
    // Firefox's events can arrive before page.url() has changed: the message's own location is better.
    const where = m.location().url || page.url();
    if (text.startsWith(`${TAG}csp `)) record.csp.push(`${where}: ${text.slice(TAG.length + 4)}`);
    else if (text.startsWith(`${TAG}load `)) {
      const url = text.slice(TAG.length + 5);
      if (!isAllowed(url)) record.failed.push(`${url} (did not load)`);
    }
    // Chromium's own line for a failed request, which the network events have recorded already.
    else if (!text.startsWith('Failed to load resource')) record.consoleErrors.push(`${where}: ${text}`);
  });
  page.on('pageerror', (e: unknown) => record.pageErrors.push(`${page.url()}: ${(e as Error).message ?? String(e)}`));

  const evaluate = ((fn: (arg?: unknown) => unknown, arg?: unknown) =>
    page.evaluate(fn as (a: unknown) => unknown, arg)) as TestPage['evaluate'];

  return {
    engine,
    raw: page,
    record,
    goto: async (url) => {
      const res = await page.goto(url, { waitUntil: 'load' });
      return url.startsWith('file:') ? undefined : res?.status();
    },
    click: async (selector) => {
      await page.click(selector);
    },
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    evaluate,
    waitForSelector: async (selector, o = {}) => {
      await page.waitForSelector(selector, { visible: o.visible, timeout: o.timeout ?? TIMEOUT });
    },
    waitForFunction: async (fn, arg, timeout = TIMEOUT) => {
      await page.waitForFunction(fn as (a: unknown) => unknown, { timeout, polling: 50 }, arg);
    },
    waitForURL: async (test, timeout = TIMEOUT) => {
      const deadline = Date.now() + timeout;
      for (;;) {
        // Mid-navigation the page's context is gone for a moment: evaluate throws, and the loop tries again.
        const loaded = await page.evaluate(() => document.readyState === 'complete').catch(() => false);
        if (loaded && test(new URL(page.url()))) return;
        if (Date.now() > deadline) throw new Error(`waitForURL: still at ${page.url()} after ${timeout} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    url: () => page.url(),
    problems: () => [
      ...new Set([
        ...record.failed
          // An element's "did not load" adds nothing where the network events saw the failure.
          .filter(
            (f, _, all) =>
              !f.endsWith(' (did not load)') || !all.some((g) => g !== f && g.startsWith(`${f.split(' ')[0]} `)),
          )
          .map((f) => `failed: ${f}`),
        ...record.outside.map((o) => `outside the scope: ${o}`),
        ...record.csp.map((c) => `CSP: ${c}`),
        ...record.pageErrors.map((e) => `script error: ${e}`),
        ...record.consoleErrors.map((e) => `console error: ${e}`),
      ]),
    ],
    expectFailure: (url) => allowed.add(url),
    clearRecord: () => {
      for (const list of Object.values(record)) list.length = 0;
    },
    close: () => page.close(),
  };
}
