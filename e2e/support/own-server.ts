import { serveSite } from '../../src/lib/serve/static-site.ts';
import { site } from './catalog.ts';

/**
 * A server the test can switch off and on again at the same address, since Playwright's setOffline
 * does not stop the service worker's own requests: offline is tested by stopping the server.
 */
export class OwnServer {
  private stopServer: (() => Promise<void>) | null = null;
  readonly requests: string[] = [];
  readonly port: number;
  constructor(port: number) {
    this.port = port;
  }
  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }
  async start(dist = 'dist') {
    const { close } = await serveSite(dist, site.languages, {
      port: this.port,
      onRequest: (path) => this.requests.push(path),
    });
    this.stopServer = close;
  }
  async stop() {
    await this.stopServer?.();
    this.stopServer = null;
  }
}
