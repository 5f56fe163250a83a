import { join } from 'node:path';
import { type NginxServer, startNginx } from '../../tools/serve/nginx.ts';
import { serveSite } from '../../tools/serve/static-site.ts';
import { site } from './catalog.ts';
import { nodeServerChosen } from './web-server.ts';

/**
 * A server the test can switch off and on again at the same address, since Playwright's setOffline
 * does not stop the service worker's own requests: offline is tested by stopping the server. It is
 * nginx with deploy/nginx.conf, as in production (stopped with its fast shutdown, which also closes
 * keep-alive connections); E2E_SERVER=node uses the Node server instead.
 */
export class OwnServer {
  private stopServer: (() => Promise<void>) | null = null;
  private nginx: NginxServer | null = null;
  // Requests of earlier runs since the last clearRequests(), and lines of the current log to skip.
  private logged: string[] = [];
  private skip = 0;
  readonly port: number;
  constructor(port: number) {
    this.port = port;
  }
  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }
  /** Paths requested since the first start or the last clearRequests(), in order, across restarts. */
  get requests(): string[] {
    return [...this.logged, ...(this.nginx?.requests().slice(this.skip) ?? [])];
  }
  clearRequests(): void {
    this.logged = [];
    this.skip = this.nginx?.requests().length ?? 0;
  }
  async start(dist = 'dist') {
    if (nodeServerChosen()) {
      const { close } = await serveSite(dist, site.languages, {
        port: this.port,
        onRequest: (path) => this.logged.push(path),
      });
      this.stopServer = close;
      return;
    }
    const prefix = join(process.cwd(), '.tmp', `nginx-${this.port}`);
    this.nginx = await startNginx({ projectRoot: process.cwd(), root: dist, port: this.port, prefix });
    this.skip = 0;
    this.stopServer = this.nginx.stop;
  }
  async stop() {
    if (this.nginx) {
      this.logged.push(...this.nginx.requests().slice(this.skip));
      this.skip = 0;
    }
    await this.stopServer?.();
    this.stopServer = null;
    this.nginx = null;
  }
}
