// What the CLI prints: the action's log as plain text. The toolkit writes workflow commands to
// stdout (::warning::, ::group::, ::add-mask::…); outside a runner they would be noise, or worse,
// secrets in clear. This rewrites them line by line: warnings and errors labelled, each group a
// progress line with the time, masked values replaced by ***, debug lines only when asked.

export interface PlainLogOptions {
  verbose: boolean;
  write: (text: string) => void;
  now?: () => Date;
}

const COMMAND = /^::([a-z-]+)( [^:]*)?::(.*)$/;

export class PlainLog {
  private readonly masks: string[] = [];
  private pending = '';

  constructor(private readonly options: PlainLogOptions) {}

  /** Takes a chunk of the action's stdout; whole lines are rewritten as they complete. */
  push(chunk: string): void {
    const lines = (this.pending + chunk).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  flush(): void {
    if (this.pending) this.line(this.pending);
    this.pending = '';
  }

  /** Replaces every registered secret; for text the CLI prints itself. */
  mask(text: string): string {
    return this.masks.reduce((masked, secret) => masked.split(secret).join('***'), text);
  }

  private line(raw: string): void {
    const match = COMMAND.exec(raw.replace(/\r$/, ''));
    if (!match) return this.print(raw);
    const [, command, , data] = match;
    const value = unescape(data);
    switch (command) {
      case 'add-mask':
        if (value) this.masks.push(value);
        // Longest first: a secret that contains another must not be half-replaced.
        this.masks.sort((a, b) => b.length - a.length);
        return;
      case 'group':
        return this.print(`[${(this.options.now?.() ?? new Date()).toISOString().slice(11, 19)}] ${value}`);
      case 'endgroup':
        return;
      case 'debug':
        if (this.options.verbose) this.print(`debug: ${value}`);
        return;
      case 'warning':
      case 'error':
      case 'notice':
        return this.print(`${command}: ${value}`);
      default:
        // set-output, save-state, echo…: the CLI reports outputs itself.
        return;
    }
  }

  private print(text: string): void {
    this.options.write(`${this.mask(text)}\n`);
  }
}

/** The toolkit's escaping of command data. */
function unescape(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
