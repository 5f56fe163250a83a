import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // Linux USER_HZ is 100 on every architecture this runs on (getconf CLK_TCK)

/**
 * CPU milliseconds (user + system) used so far by the browsers this process launched and all their
 * children (renderer, GPU process: SwiftShader draws there). On a shared, loaded machine a frame's
 * wall time stretches with everyone else's work; the CPU it costs does not, so this is the measure
 * that compares two runs taken minutes apart. Linux only (reads /proc); 0 elsewhere.
 */
export function browserCpuMs(): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command (which may contain spaces) start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(pid), Number(fields[1]));
      ticks.set(Number(pid), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [pid, t] of ticks) {
    let p = parent.get(pid);
    // A descendant of a direct child of this process (the launched browser), not this process itself.
    let at = pid;
    while (p !== undefined && p !== process.pid && p > 1) {
      at = p;
      p = parent.get(p);
    }
    if (p === process.pid && at !== process.pid) total += t;
  }
  return total * TICK_MS;
}
