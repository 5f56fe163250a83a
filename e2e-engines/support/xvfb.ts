import { type ChildProcess, spawn } from 'node:child_process';

export interface VirtualDisplay {
  display: string;
  stop(): Promise<void>;
}

/**
 * An X display for WebKitGTK, which has no headless mode. Xvfb picks a free display number itself
 * (-displayfd), so runs side by side on one machine never collide.
 */
export async function startXvfb(): Promise<VirtualDisplay> {
  const xvfb: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr?.on('data', (chunk) => (stderr += chunk));
  const display = await new Promise<string>((resolve, reject) => {
    xvfb.once('error', (error) =>
      reject(new Error(`Xvfb did not start (${error.message}): run tools/cli/ensure-browser.sh`)),
    );
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr}`)));
    (xvfb.stdio[3] as NodeJS.ReadableStream).once('data', (data) => resolve(`:${String(data).trim()}`));
  });
  const exited = new Promise<void>((resolve) => xvfb.once('exit', () => resolve()));
  return {
    display,
    stop: async () => {
      if (xvfb.exitCode === null && xvfb.signalCode === null) xvfb.kill('SIGTERM');
      await exited;
    },
  };
}
