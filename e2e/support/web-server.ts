/** The browser tests run against nginx with deploy/nginx.conf; E2E_SERVER=node picks the Node server. */
export function nodeServerChosen(): boolean {
  return process.env.E2E_SERVER === 'node';
}
