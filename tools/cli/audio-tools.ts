import { execFileSync } from 'node:child_process';

/** espeak-ng and ffmpeg, installed from Debian when missing and run as root (CI); otherwise says how. */
export function ensureAudioTools(): void {
  const missing = ['espeak-ng', 'ffmpeg'].filter((tool) => {
    try {
      execFileSync(tool, [tool === 'ffmpeg' ? '-version' : '--version'], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(`Missing ${missing.join(' and ')}. Install Debian's packages: sudo apt-get install espeak-ng ffmpeg`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} from Debian…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
