/**
 * Real nginx and Apache on 127.0.0.1, configured with the SHIPPED samples
 * (src/integrations/server-config/) the way the hosting page tells an admin to
 * use them, serving one built folder at one address path.
 *
 * Each server lives in its own temporary folder (configuration, pid file,
 * logs), listens on a free port, runs in the foreground as a child of the
 * tests and is stopped by signal. Nothing under /etc, /var or /run is
 * written; of /etc only the system's MIME type lists are read, as Debian's own
 * configurations do. Run as root (CI, this machine), the servers' workers drop
 * to www-data (or nobody), as Apache insists: the served folder must be
 * readable by that user (a 403 at start says so).
 *
 * nginx: the sample goes where it says ("inside the http {} block", as
 * /etc/nginx/conf.d/ is on Debian) with its CHANGE lines changed: the listen
 * address, the path, the folder (`alias`), the 404 page.
 * Apache: the folder is put where the server serves the path (a symbolic link
 * from DocumentRoot/<path> stands for the admin's copy), with
 * "AllowOverride FileInfo", so Apache reads the .htaccess the build put in it;
 * the sample's one commented line (ErrorDocument, CHANGE the path) goes,
 * changed, into the <Directory> block, as its comment allows, so the served
 * folder is never written to.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export type WebServerKind = 'nginx' | 'apache';
export const WEB_SERVERS: readonly WebServerKind[] = ['nginx', 'apache'];

const SAMPLES = join(import.meta.dirname, '..', '..', 'src', 'integrations', 'server-config');
const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
const APACHE = process.env.APACHE_PATH || '/usr/sbin/apache2';
const APACHE_MODULES = process.env.APACHE_MODULES_DIR || '/usr/lib/apache2/modules';

export interface WebServerOptions {
  /** The built folder to serve (dist/, dist-offline/, dist-guide/ or a copy). */
  dir: string;
  /** The address path it is served at: "/", "/guide/", "/intranet/cyber/" (leading and trailing "/"). */
  path: string;
}

export interface WebServer {
  kind: WebServerKind;
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Origin plus path, ending in "/": where the guide's index.html answers. */
  url: string;
  /** The server's temporary folder: its configuration, pid file and logs. */
  home: string;
  /** The server's error log so far (for failure messages). */
  errorLog: () => string;
  /** Stops the server, waits for it to exit, removes its folder. */
  stop: () => Promise<void>;
}

const INSTALL = 'apt-get install -y nginx apache2';

/** Starts `kind` serving `options.dir` at `options.path`. Fails, with the reason, if the server cannot run. */
export async function startWebServer(kind: WebServerKind, options: WebServerOptions): Promise<WebServer> {
  const binary = kind === 'nginx' ? NGINX : APACHE;
  if (!existsSync(binary)) {
    throw new Error(
      `${kind} not found at ${binary}. The hosting tests run the real server: install it with ` +
        `"${INSTALL}" (Debian/Ubuntu), or set ${kind === 'nginx' ? 'NGINX_PATH' : 'APACHE_PATH'}.`,
    );
  }
  const dir = resolve(options.dir);
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`Cannot serve ${dir}: it holds no index.html.`);
  const path = normalisePath(options.path);

  const home = mkdtempSync(join(tmpdir(), `cgg-${kind}-`));
  chmodSync(home, 0o755); // the workers (www-data when run as root) read DocumentRoot under it
  const port = await freePort();
  const config = kind === 'nginx' ? nginxConfig(home, port, dir, path) : apacheConfig(home, port, dir, path);
  const args =
    kind === 'nginx' ? ['-p', `${home}/`, '-c', config, '-e', join(home, 'error.log')] : ['-f', config, '-DFOREGROUND'];

  // Syntax first: a clear message naming the configuration beats a server that never answers.
  const test = spawnSync(binary, [...args.filter((a) => a !== '-DFOREGROUND'), '-t'], { encoding: 'utf8' });
  if (test.status !== 0) {
    rmSync(home, { recursive: true, force: true });
    throw new Error(`${kind} refused its configuration (${config}):\n${test.stderr}${test.stdout}`);
  }

  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const errorLog = () => {
    const file = join(home, 'error.log');
    return (existsSync(file) ? readFileSync(file, 'utf8') : '') + output;
  };
  const origin = `http://127.0.0.1:${port}`;
  const server: WebServer = {
    kind,
    origin,
    url: origin + path,
    home,
    errorLog,
    stop: async () => {
      await stopChild(child, exited);
      rmSync(home, { recursive: true, force: true });
    },
  };

  try {
    await waitUntilServing(server, child);
  } catch (error) {
    const log = errorLog();
    await server.stop();
    throw new Error(`${(error as Error).message}\n${kind}'s error log:\n${log}`);
  }
  return server;
}

function normalisePath(path: string): string {
  let p = path.startsWith('/') ? path : `/${path}`;
  if (!p.endsWith('/')) p += '/';
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(p)) throw new Error(`Unsupported address path "${path}": use plain segments.`);
  return p;
}

/** A port nothing listens on now (the kernel's pick), for the server to take next. */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

/** The user the workers drop to when the master runs as root (Apache refuses to serve as root). */
function workerUser(): { user: string; group: string } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const passwd = readFileSync('/etc/passwd', 'utf8');
  return /^www-data:/m.test(passwd) ? { user: 'www-data', group: 'www-data' } : { user: 'nobody', group: 'nogroup' };
}

/**
 * The nginx sample with its CHANGE lines changed as the hosting page says,
 * inside an http {} block like Debian's /etc/nginx/nginx.conf.
 */
export function nginxSample(port: number, dir: string, path: string): string {
  let sample = readFileSync(join(SAMPLES, 'nginx.conf'), 'utf8');
  const change = (from: RegExp, to: string) => {
    if (!from.test(sample)) throw new Error(`nginx.conf sample: no line matching ${from} to change`);
    sample = sample.replace(from, to);
  };
  change(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`);
  change(/^(\s*)alias \/srv\/www\/guide\/;/m, `$1alias ${dir}/;`);
  if (path === '/') {
    // "For the server root, use "location / {" (and drop the "location = /guide" redirect)".
    change(/^\s*location = \/guide \{[^}]*\}\n/m, '');
    change(/^(\s*)location \/guide\/ \{/m, '$1location / {');
    change(/^(\s*)error_page 404 \/guide\/404\.html;/m, '$1error_page 404 /404.html;');
  } else {
    const bare = path.slice(0, -1);
    change(/^(\s*)location = \/guide \{/m, `$1location = ${bare} {`);
    change(/^(\s*)return 301 \/guide\/;/m, `$1return 301 ${path};`);
    change(/^(\s*)location \/guide\/ \{/m, `$1location ${path} {`);
    change(/^(\s*)error_page 404 \/guide\/404\.html;/m, `$1error_page 404 ${path}404.html;`);
  }
  return sample;
}

function nginxConfig(home: string, port: number, dir: string, path: string): string {
  const worker = workerUser();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];
  for (const t of temp) mkdirSync(join(home, 'temp', t), { recursive: true });
  mkdirSync(join(home, 'conf.d'));
  writeFileSync(join(home, 'conf.d', 'guide.conf'), nginxSample(port, dir, path));
  const mimeTypes = '/etc/nginx/mime.types';
  const main = [
    worker ? `user ${worker.user} ${worker.group};` : '',
    'worker_processes 1;',
    'daemon off;',
    `pid ${join(home, 'nginx.pid')};`,
    `error_log ${join(home, 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    existsSync(mimeTypes) ? `    include ${mimeTypes};` : '',
    '    default_type application/octet-stream;',
    `    access_log ${join(home, 'access.log')};`,
    ...temp.map((t) => `    ${t}_temp_path ${join(home, 'temp', t)};`),
    `    include ${join(home, 'conf.d', '*.conf')};`,
    '}',
    '',
  ];
  const file = join(home, 'nginx.conf');
  writeFileSync(file, main.filter((l) => l !== '').join('\n'));
  return file;
}

/** Debian's default modules that the guide meets, and mod_headers, which the .htaccess asks for. */
const APACHE_MODULE_NAMES = ['mpm_event', 'authz_core', 'authz_host', 'alias', 'dir', 'mime', 'headers'];

/**
 * The .htaccess sample's one path-dependent line, commented out, with the
 * path CHANGEd: the line an admin uncomments (or puts in the <Directory> block).
 */
export function apacheErrorDocument(path: string): string {
  const sample = readFileSync(join(SAMPLES, 'htaccess'), 'utf8');
  const line = /^#\s*(ErrorDocument 404 )\/guide\/(404\.html)$/m.exec(sample);
  if (!line) throw new Error('htaccess sample: no commented "ErrorDocument 404 /guide/404.html" line to change');
  return `${line[1]}${path}${line[2]}`;
}

function apacheConfig(home: string, port: number, dir: string, path: string): string {
  const worker = workerUser();
  const docroot = join(home, 'htdocs');
  // The admin's copy of the folder at DocumentRoot/<path>; a link costs nothing and serves the same files.
  const target = join(docroot, path);
  if (path === '/') symlinkSync(dir, docroot);
  else {
    mkdirSync(dirname(target.replace(/\/$/, '')), { recursive: true });
    symlinkSync(dir, target.replace(/\/$/, ''));
  }
  const modules = APACHE_MODULE_NAMES.map((m) => `LoadModule ${m}_module ${join(APACHE_MODULES, `mod_${m}.so`)}`);
  const main = [
    ...modules,
    worker ? `User ${worker.user}\nGroup ${worker.group}` : '',
    `ServerRoot ${home}`,
    'ServerName 127.0.0.1',
    `Listen 127.0.0.1:${port}`,
    `PidFile ${join(home, 'apache.pid')}`,
    `DefaultRuntimeDir ${home}`,
    `ErrorLog ${join(home, 'error.log')}`,
    'LogLevel warn',
    'LogFormat "%h %l %u %t \\"%r\\" %>s %b" common',
    `CustomLog ${join(home, 'access.log')} common`,
    'StartServers 1',
    'ServerLimit 1',
    'ThreadsPerChild 16',
    'MaxRequestWorkers 16',
    `TypesConfig ${existsSync('/etc/mime.types') ? '/etc/mime.types' : '/dev/null'}`,
    `DocumentRoot ${docroot}`,
    'DirectoryIndex index.html',
    '<Directory />',
    '    AllowOverride None',
    '    Require all denied',
    '</Directory>',
    // What the hosting page asks of the admin for the guide's folder.
    `<Directory ${docroot}>`,
    '    Options FollowSymLinks',
    '    AllowOverride FileInfo',
    '    Require all granted',
    `    ${apacheErrorDocument(path)}`,
    '</Directory>',
    '<Files ".ht*">',
    '    Require all denied',
    '</Files>',
    '',
  ];
  const file = join(home, 'apache2.conf');
  writeFileSync(file, main.filter((l) => l !== '').join('\n'));
  return file;
}

/** Polls the guide's index until the server answers it, failing fast if the server exits or cannot read the folder. */
async function waitUntilServing(server: WebServer, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${server.kind} exited at start (${child.exitCode ?? child.signalCode}).`);
    try {
      const res = await fetch(server.url, { redirect: 'manual' });
      if (res.status === 200) return;
      if (res.status === 403)
        throw new Error(
          `${server.kind} answers 403 for ${server.url}: can its workers (${workerUser()?.user ?? userInfo().username}) read the folder?`,
        );
      last = `HTTP ${res.status}`;
    } catch (error) {
      if ((error as Error).message.includes('answers 403')) throw error;
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${server.kind} did not serve ${server.url} within 10 s (last: ${last}).`);
}

/**
 * SIGTERM: both servers' documented immediate stop (nginx's graceful SIGQUIT waits
 * for a browser's open keep-alive connections, 5 s and more). Killed after 5 s.
 */
async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
