import { readdirSync, readFileSync } from 'node:fs';

/**
 * Samples the resident memory of a process group (the build and anything it starts, such as
 * Pagefind's binary) every `everyMs`, keeping the largest sum seen. Linux only (/proc); elsewhere it
 * reports null rather than a made-up number. Sampling can miss a peak shorter than the interval.
 */
export function watchPeakMemory(groupId: number, everyMs = 200): { stop: () => number | null } {
  let peak: number | null = null;
  const sample = () => {
    const total = groupRssBytes(groupId);
    if (total !== null && (peak === null || total > peak)) peak = total;
  };
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

function groupRssBytes(groupId: number): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  let total = 0;
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // Fields after the command name (which may hold spaces) start at ") ": state, ppid, pgrp, …
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== groupId) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      if (rss) total += Number(rss) * 1024;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}
