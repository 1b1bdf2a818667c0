// What the main step leaves for its post step in the runner's step state (core.saveState): what it
// put somewhere and has not taken away yet, by kind — the TXT records it added, the HTTP-01 token
// files it wrote into the hosts' webroots. A runner runs `post:` even after it killed the main step,
// and hands it this state as STATE_* variables.
import * as core from '@actions/core';
import { TokenLedger } from '../challenge/token-ledger.js';
import { TxtLedger } from '../dns/txt-ledger.js';

const LEFT_BEHIND = 'left-behind';

export interface LeftBehind {
  readonly txt: TxtLedger;
  readonly tokens: TokenLedger;
  readonly size: number;
}

/** The ledgers `text` lists (empty or unreadable: nothing); every change is passed to `save` as a whole. */
export function readLeftBehind(text: string, save: (text: string) => void): LeftBehind {
  const kinds = parseObject(text);
  const persist = (kind: string) => (entries: readonly unknown[]) => {
    kinds[kind] = entries;
    save(JSON.stringify(kinds));
  };
  const txt = new TxtLedger(persist('txt-records'), kinds['txt-records']);
  const tokens = new TokenLedger(persist('http-tokens'), kinds['http-tokens']);
  return {
    txt,
    tokens,
    get size() {
      return txt.size + tokens.size;
    },
  };
}

/** The main step's ledgers: every change is in the step state at once, before the next remote call. */
export function mainStepLeftBehind(): LeftBehind {
  return readLeftBehind('', saveLeftBehind);
}

/** The post step's view: what the main step had not taken away when it ended. */
export function leftBehind(): LeftBehind {
  return readLeftBehind(core.getState(LEFT_BEHIND), saveLeftBehind);
}

function saveLeftBehind(text: string): void {
  core.saveState(LEFT_BEHIND, text);
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = text ? JSON.parse(text) : {};
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
