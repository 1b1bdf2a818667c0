// A name server that takes RFC 2136 dynamic updates signed with TSIG (BIND, Knot, PowerDNS, ...).
import { InputError } from '../../config/input-helper.js';
import type { ProviderDefinition } from './definition.js';

/** nsupdate's names of lego's TSIG algorithms (lego spells them as DNS names, with a trailing dot). */
export const TSIG_ALGORITHMS = ['hmac-md5', 'hmac-sha1', 'hmac-sha224', 'hmac-sha256', 'hmac-sha384', 'hmac-sha512'];
const NAMESERVER = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::\d{1,5})?$/;

/** `hmac-sha256.`, `HMAC-SHA256` and `hmac-md5.sig-alg.reg.int.` in the form nsupdate takes. */
export function tsigAlgorithm(raw: string | undefined): string | undefined {
  const name = (raw ?? 'hmac-sha256').trim().toLowerCase().replace(/\.$/, '').replace(/\.sig-alg\.reg\.int$/, '');
  return TSIG_ALGORITHMS.includes(name) ? name : undefined;
}

export const rfc2136: ProviderDefinition<'nameserver' | 'tsigKey' | 'tsigSecret' | 'tsigAlgorithm'> = {
  id: 'rfc2136',
  name: 'RFC 2136',
  variables: {
    nameserver: { names: ['RFC2136_NAMESERVER'], description: 'the primary name server, host[:port]', secret: false, required: true },
    tsigKey: { names: ['RFC2136_TSIG_KEY'], description: 'TSIG key name', secret: false, required: false },
    tsigSecret: { names: ['RFC2136_TSIG_SECRET'], description: 'TSIG secret (base64)', secret: true, required: false },
    tsigAlgorithm: {
      names: ['RFC2136_TSIG_ALGORITHM'],
      description: 'TSIG algorithm, hmac-sha256 unless set; with or without the trailing dot',
      secret: false,
      required: false,
    },
  },
  check(env) {
    const fix = 'Set RFC2136_NAMESERVER to host[:port], and RFC2136_TSIG_KEY with RFC2136_TSIG_SECRET (base64) for a TSIG-signed update.';
    if (!NAMESERVER.test(env.nameserver ?? '')) throw new InputError('dns', `RFC2136_NAMESERVER '${env.nameserver}' is not host[:port]`, fix);
    if (Boolean(env.tsigKey) !== Boolean(env.tsigSecret)) {
      throw new InputError('dns', `RFC2136_TSIG_KEY and RFC2136_TSIG_SECRET go together, but only ${env.tsigKey ? 'the key name' : 'the secret'} is set`, fix);
    }
    if (env.tsigSecret && !/^[A-Za-z0-9+/]+={0,2}$/.test(env.tsigSecret)) {
      throw new InputError('dns', 'RFC2136_TSIG_SECRET is not base64', 'Copy the secret from the key file (tsig-keygen / keymgr output).');
    }
    if (!tsigAlgorithm(env.tsigAlgorithm)) {
      throw new InputError('dns', `RFC2136_TSIG_ALGORITHM '${env.tsigAlgorithm}' is not supported`, `Use one of: ${TSIG_ALGORITHMS.join(', ')} (a trailing dot is fine).`);
    }
  },
  async create({ env }, { log }) {
    const { createRfc2136Provider } = await import('../rfc2136.js');
    const tsig = env.tsigKey && env.tsigSecret ? { name: env.tsigKey, secret: env.tsigSecret, algorithm: tsigAlgorithm(env.tsigAlgorithm)! } : undefined;
    return createRfc2136Provider({ nameserver: env.nameserver!, tsig, log });
  },
};
