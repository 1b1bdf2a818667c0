// Preloaded into the action by scripts/bench.ts: reports the process's peak memory and the CPU time
// it used when it exits, as `<maxRSS KiB> <user CPU ms> <system CPU ms>`.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, `${maxRSS} ${Math.round(userCPUTime / 1000)} ${Math.round(systemCPUTime / 1000)}`);
});
