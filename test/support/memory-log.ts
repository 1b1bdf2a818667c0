import type { Log } from '../../src/util/log.js';

/** A Log that keeps its lines in memory, for tests of modules that log. */
export function memoryLog(): Log & { lines: string[]; text(): string } {
  const lines: string[] = [];
  const push = (level: string) => (message: string) => {
    lines.push(`${level}: ${message}`);
  };
  return {
    lines,
    text: () => lines.join('\n'),
    debug: push('debug'),
    info: push('info'),
    notice: push('notice'),
    warning: push('warning'),
    error: push('error'),
  };
}
