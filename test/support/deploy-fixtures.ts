// Certificates and deployment configs for the deploy tests: a small CA with leaves made by openssl,
// and DeployConfigs read through the real input parser from the test hosts' inputs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDeployConfig, type DeployConfig } from '../../src/deploy/deploy-config.js';
import type { CertificateBundle } from '../../src/deploy/deploy.js';
import type { TestHost, TestNetwork } from './ssh-host.js';

export interface TestCa {
  /** A leaf for `domains` signed by the CA, as the bundle deployCertificate takes. */
  issue(domains: string[], subject: string): CertificateBundle;
  stop(): void;
}

export function startTestCa(certName = 'example.com'): TestCa {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-ca-'));
  const openssl = (...args: string[]) => {
    const result = spawnSync('openssl', args, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${result.stderr}`);
  };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl('req', '-x509', ...ec, '-days', '30', '-subj', '/CN=deploy test CA', '-keyout', 'ca.key', '-out', 'ca.pem');
  const caPem = readFileSync(join(dir, 'ca.pem'), 'utf8');
  let serial = 0;
  return {
    issue(domains, subject) {
      const id = `leaf${++serial}`;
      writeFileSync(join(dir, `${id}.ext`), `subjectAltName=${domains.map((name) => `DNS:${name}`).join(',')}\n`);
      openssl('req', ...ec, '-subj', `/CN=${subject}`, '-keyout', `${id}.key`, '-out', `${id}.csr`);
      openssl(
        'x509', '-req', '-in', `${id}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', String(1000 + serial),
        '-days', '20', '-extfile', `${id}.ext`, '-out', `${id}.pem`,
      );
      return {
        name: certName,
        domains,
        fullchainPem: readFileSync(join(dir, `${id}.pem`), 'utf8') + caPem,
        issuerPem: caPem,
        keyPem: readFileSync(join(dir, `${id}.key`), 'utf8'),
      };
    },
    stop: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface HostSettings {
  reloadCommand?: string | undefined;
  issuerPath?: string;
}

/**
 * A DeployConfig for the network's targets, read from action inputs as a run would: each host as a
 * YAML mapping with its own paths, TLS port and reload command (the hosts' nginx configs differ).
 */
export async function deployConfigFor(
  network: TestNetwork,
  options: {
    hosts?: readonly TestHost[];
    perHost?: (host: TestHost) => HostSettings;
    inputs?: Record<string, string>;
    /** Reach the hosts by their IPv6 addresses. */
    ipv6?: boolean;
    /** Reach each host somewhere else (a proxy in between): its SSH and TLS address. */
    via?: (host: TestHost) => { address: string; port: number; tlsPort: number };
  } = {},
): Promise<DeployConfig> {
  const hosts = options.hosts ?? network.hosts;
  const yaml = hosts
    .map((host) => {
      const settings = { reloadCommand: host.reloadCommand, ...options.perHost?.(host) };
      const address = options.ipv6 ? host.ip6 : host.ip;
      if (!address) throw new Error(`${host.name} has no IPv6 address: start the hosts with ipv6: true`);
      const reach = options.via?.(host) ?? { address, port: host.port, tlsPort: host.tlsPort };
      const lines = [
        `- host: ${JSON.stringify(reach.address)}`,
        `  port: ${reach.port}`,
        `  cert-path: ${JSON.stringify(`${host.acmeDir}/<name>/fullchain.pem`)}`,
        `  key-path: ${JSON.stringify(`${host.acmeDir}/<name>/privkey.pem`)}`,
        `  verify-port: ${reach.tlsPort}`,
      ];
      if (settings.reloadCommand) lines.push(`  reload-command: ${JSON.stringify(settings.reloadCommand)}`);
      if (settings.issuerPath) lines.push(`  issuer-path: ${JSON.stringify(settings.issuerPath)}`);
      return lines.join('\n');
    })
    .join('\n');
  const inputs: Record<string, string> = {
    ...network.actionInputs(),
    hosts: yaml,
    'ssh-timeout': '10',
    ...options.inputs,
  };
  return readDeployConfig((name) => inputs[name] ?? '');
}
