/**
 * How every tool of the project starts Debian's Chromium: the browser tests, the bench and the label
 * PDF. Chromium's background services would try to reach the internet, which these machines lack;
 * WebGL runs on SwiftShader, its software renderer, since there is no GPU.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];
