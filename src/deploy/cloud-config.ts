// The Alibaba Cloud deployment targets (SSL Certificates Service, CDN, DCDN, SLB listeners), parsed
// and checked before any call, like the SSH hosts: a typo in the third listener fails the run
// before the first target is touched.
import { readAliCloudCredentials, type AliCloudCredentials } from '../alicloud/credentials.js';
import { InputError, readBoolean, readList, readString, type InputSource } from '../config/input-helper.js';
import { readServiceUrl } from '../config/urls.js';

export interface SlbListener {
  readonly region: string;
  readonly loadBalancerId: string;
  readonly port: number;
  /** `slb:<region>/<load-balancer-id>:<port>`. */
  readonly label: string;
}

export interface CloudConfig {
  /** Upload to the SSL Certificates Service. */
  readonly cas: boolean;
  /** Delete this action's older uploads of the same certificate name once everything is deployed. */
  readonly casCleanup: boolean;
  readonly cdnDomains: readonly string[];
  readonly dcdnDomains: readonly string[];
  readonly slbListeners: readonly SlbListener[];
  readonly endpoints: {
    readonly cas: string;
    readonly cdn: string;
    readonly dcdn: string;
    /** May hold `{region}`, replaced by each listener's region. */
    readonly slb: string;
  };
  /** Set whenever a target is. */
  readonly credentials?: AliCloudCredentials;
}

export const REGION_PLACEHOLDER = '{region}';

const DOMAIN = /^(?:\*\.|\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
const LISTENER = /^([a-z]{2,}(?:-[a-z0-9]+)+)\/(lb-[a-z0-9]+):(\d{1,5})$/;

/** Whether any cloud target is configured. */
export function hasCloudTargets(config: CloudConfig): boolean {
  return config.cas || config.cdnDomains.length > 0 || config.dcdnDomains.length > 0 || config.slbListeners.length > 0;
}

export function readCloudConfig(src: InputSource, env: NodeJS.ProcessEnv, deployNever: boolean): CloudConfig {
  const cas = readBoolean(src, 'aliyun-cas', false);
  const casCleanup = readBoolean(src, 'aliyun-cas-cleanup', false);
  if (casCleanup && !cas) {
    throw new InputError('aliyun-cas-cleanup', 'is true but aliyun-cas is not', 'Set `aliyun-cas: true` as well, or drop aliyun-cas-cleanup.');
  }
  const parsed = {
    cas,
    casCleanup,
    cdnDomains: readDomains(src, 'aliyun-cdn-domains'),
    dcdnDomains: readDomains(src, 'aliyun-dcdn-domains'),
    slbListeners: readListeners(src),
    endpoints: {
      cas: readEndpoint(src, 'aliyun-cas-endpoint', 'https://cas.aliyuncs.com'),
      cdn: readEndpoint(src, 'aliyun-cdn-endpoint', 'https://cdn.aliyuncs.com'),
      dcdn: readEndpoint(src, 'aliyun-dcdn-endpoint', 'https://dcdn.aliyuncs.com'),
      slb: readSlbEndpoint(src),
    },
  };
  // Like `hosts`, targets are still checked for typos under `deploy: never`, but need no secrets.
  if (deployNever) return { ...parsed, cas: false, casCleanup: false, cdnDomains: [], dcdnDomains: [], slbListeners: [] };
  if (!hasCloudTargets(parsed)) return parsed;
  const input = parsed.cas
    ? 'aliyun-cas'
    : parsed.cdnDomains.length > 0
      ? 'aliyun-cdn-domains'
      : parsed.dcdnDomains.length > 0
        ? 'aliyun-dcdn-domains'
        : 'aliyun-slb-listeners';
  return { ...parsed, credentials: readAliCloudCredentials(env, { input, service: `Deploying to Alibaba Cloud (${input})` }) };
}

function readDomains(src: InputSource, name: string): string[] {
  const domains = readList(src, name).map((raw) => {
    const domain = raw.toLowerCase().replace(/\.$/, '');
    if (!DOMAIN.test(domain)) {
      throw new InputError(name, `'${raw}' is not a domain name`, 'Give the accelerated domain names as the console lists them, e.g. cdn.example.com, one per line or comma-separated.');
    }
    return domain;
  });
  return [...new Set(domains)];
}

function readListeners(src: InputSource): SlbListener[] {
  const listeners = readList(src, 'aliyun-slb-listeners').map((raw) => {
    const match = LISTENER.exec(raw.trim());
    const port = match ? Number(match[3]) : 0;
    if (!match || port < 1 || port > 65_535) {
      throw new InputError(
        'aliyun-slb-listeners',
        `'${raw}' is not \`region/load-balancer-id:port\``,
        'Give one HTTPS listener per line, e.g. `cn-hangzhou/lb-bp1o94dp5i6ea1234:443`.',
      );
    }
    const [, region, loadBalancerId] = match;
    return { region, loadBalancerId, port, label: `slb:${region}/${loadBalancerId}:${port}` };
  });
  return listeners.filter((listener, index) => listeners.findIndex((other) => other.label === listener.label) === index);
}

function readEndpoint(src: InputSource, name: string, fallback: string): string {
  return readServiceUrl(readString(src, name) || fallback, name, fallback).origin;
}

function readSlbEndpoint(src: InputSource): string {
  const fallback = `https://slb.${REGION_PLACEHOLDER}.aliyuncs.com`;
  const raw = readString(src, 'aliyun-slb-endpoint') || fallback;
  // Checked with a real region in place of the placeholder, which is not valid in a host name.
  readServiceUrl(raw.split(REGION_PLACEHOLDER).join('cn-hangzhou'), 'aliyun-slb-endpoint', fallback);
  return raw.replace(/\/+$/, '');
}
