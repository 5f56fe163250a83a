import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';

export const NGINX_BINARIES = ['/usr/sbin/nginx', '/usr/bin/nginx'];

/** The nginx binary, or undefined when nginx is not installed. */
export function nginxBinary(): string | undefined {
  if (process.env.NGINX_PATH) return process.env.NGINX_PATH;
  return NGINX_BINARIES.find((path) => existsSync(path));
}

/**
 * deploy/nginx.conf as it would run on `port` serving `root`: only the listen and root lines change
 * (and the reports service's port, for a test running its own service), so the tests exercise the
 * deployer's file itself. Throws if the file no longer has the lines this replaces, rather than
 * silently testing something else.
 */
export function renderServerBlock(deployConf: string, root: string, port: number, reportsPort?: number): string {
  const replacements: [RegExp, string][] = [
    [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`],
    [/^\s*listen \[::\]:80;\n/m, ''],
    [/^(\s*)root \/srv\/museum-guide\/current;$/m, `$1root ${resolve(root)};`],
  ];
  if (reportsPort !== undefined)
    replacements.push([/^(\s*)server 127\.0\.0\.1:4322;$/m, `$1server 127.0.0.1:${reportsPort};`]);
  let text = deployConf;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(text)) throw new Error(`deploy/nginx.conf no longer has a line matching ${pattern}`);
    text = text.replace(pattern, replacement);
  }
  return text;
}

/** A complete nginx.conf around the server block, with every writable path inside `prefix`. */
export function mainConfig(prefix: string, options: { asRoot: boolean }): string {
  return `# Written by tools/serve/nginx.ts for a test or local run; the deployable file is deploy/nginx.conf.
${options.asRoot ? 'user root root;\n' : ''}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 512; }
http {
    log_format requests '$request_uri';
    log_format sent '$bytes_sent $request_uri';
    access_log ${prefix}/access.log requests;
    access_log ${prefix}/sent.log sent;
    client_body_temp_path ${prefix}/temp/body;
    proxy_temp_path ${prefix}/temp/proxy;
    fastcgi_temp_path ${prefix}/temp/fastcgi;
    uwsgi_temp_path ${prefix}/temp/uwsgi;
    scgi_temp_path ${prefix}/temp/scgi;
    sendfile on;
    keepalive_timeout 30;
    include ${prefix}/museum-guide.conf;
}
`;
}

export type NginxServer = {
  origin: string;
  prefix: string;
  stop: () => Promise<void>;
  requests: () => string[];
  /** Every response so far with the bytes nginx sent for it (headers and body, as compressed). */
  sent: () => { path: string; bytes: number }[];
};

/**
 * Starts nginx with deploy/nginx.conf serving `root` on 127.0.0.1:`port`, as the current user (its
 * pid, logs and temporary files in `prefix`), and resolves once it accepts connections. A server left
 * running in the same prefix by an earlier run that was killed is stopped first.
 */
export async function startNginx(options: {
  projectRoot: string;
  root: string;
  port: number;
  prefix: string;
  /** Where /api/ goes (deploy/nginx.conf's upstream, 4322, when not given). */
  reportsPort?: number;
}): Promise<NginxServer> {
  const binary = nginxBinary();
  if (!binary)
    throw new Error('nginx is not installed: run "sh tools/cli/ensure-browser.sh" as root, or apt-get install nginx');
  const prefix = resolve(options.prefix);
  stopStale(prefix);
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(join(prefix, 'temp'), { recursive: true });
  const deployConf = readFileSync(join(options.projectRoot, 'deploy', 'nginx.conf'), 'utf8');
  writeFileSync(
    join(prefix, 'museum-guide.conf'),
    renderServerBlock(deployConf, options.root, options.port, options.reportsPort),
  );
  // `include mime.types` in deploy/nginx.conf is relative to the main file's folder, as in /etc/nginx.
  copyFileSync(mimeTypesFile(), join(prefix, 'mime.types'));
  writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix, { asRoot: process.getuid?.() === 0 }));
  writeFileSync(join(prefix, 'access.log'), '');
  writeFileSync(join(prefix, 'sent.log'), '');
  const args = ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')];
  try {
    execFileSync(binary, [...args, '-t', '-q'], { stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(`nginx refused deploy/nginx.conf:\n${stderr}`);
  }
  const child = spawn(binary, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await waitForPort(options.port, child, prefix);
  return {
    origin: `http://127.0.0.1:${options.port}`,
    prefix,
    requests: () => readFileSync(join(prefix, 'access.log'), 'utf8').split('\n').filter(Boolean),
    sent: () =>
      readFileSync(join(prefix, 'sent.log'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [bytes = '0', ...path] = line.split(' ');
          return { path: path.join(' '), bytes: Number(bytes) };
        }),
    // SIGTERM is nginx's fast shutdown: open keep-alive connections close too, so the site is off.
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

function mimeTypesFile(): string {
  for (const path of ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types']) if (existsSync(path)) return path;
  throw new Error('nginx is installed without its mime.types file');
}

function stopStale(prefix: string): void {
  const pidFile = join(prefix, 'nginx.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!pid) return;
  try {
    // Only if it is an nginx started with this prefix: a pid may have been reused since.
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (command.includes('nginx') && command.includes(prefix)) process.kill(pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function waitForPort(port: number, child: ChildProcess, prefix: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
      throw new Error(`nginx exited with ${child.exitCode}:\n${log.slice(-2000)}`);
    }
    if (await accepts(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`nginx did not listen on port ${port} within 10 s`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}
