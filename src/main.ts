// Wiring only: read config, restore state, obtain the certificate, save state, deploy, report.
import * as core from '@actions/core';
import { ensureCertificate } from './acme/certificate-manager.js';
import { readConfig } from './config/config.js';
import type { InputSource } from './config/input-helper.js';
import { deployCertificate } from './deploy/deploy.js';
import { createDnsSolver } from './dns/dns-solver.js';
import { annotate, setOutputs, writeSummary, type RunReport } from './report.js';
import { maskSecrets } from './secrets.js';
import { adoptDeployedCertificate } from './state/adopt-deployed.js';
import { openStateCache } from './state/state-lifecycle.js';
import { actionsLog as log } from './util/log.js';

async function main(): Promise<void> {
  const src: InputSource = (name) => core.getInput(name);
  maskSecrets(src, process.env);
  const config = readConfig(src, process.env);
  const now = () => new Date();

  const cache = await core.group('Restore state', () => openStateCache(config, process.env, log));
  let report: RunReport;
  try {
    const adopted = await adoptDeployedCertificate(config, log, now());
    const outcome = await core.group('Certificate', () =>
      ensureCertificate(config.acme, {
        statePath: config.statePath,
        solve: createDnsSolver(config.dns, log),
        log,
        now,
        dryRun: config.dryRun,
      }),
    );
    const result = adopted && outcome.result === 'unchanged' ? 'adopted' : outcome.result;
    report = {
      result,
      reason: result === 'adopted' ? (adopted ?? '') : outcome.decision.reason,
      certificateName: config.acme.certificateName,
      statePath: config.statePath,
      hasKey: Boolean(outcome.certificate?.keyPem),
      info: outcome.info,
      hosts: [],
      dryRun: config.dryRun,
      plan: outcome.decision.action,
      now: now(),
    };
    if (outcome.certificate && config.deploy.targets.length > 0) {
      const certificate = outcome.certificate;
      // Saved before any host is touched: a failed deployment never loses a new certificate.
      await core.group('Save state', () => cache.save());
      const hosts = await core.group('Deploy', () =>
        deployCertificate(
          {
            name: config.acme.certificateName,
            domains: [...config.acme.domains],
            fullchainPem: certificate.fullchainPem,
            issuerPem: certificate.issuerPem,
            keyPem: certificate.keyPem,
          },
          config.deploy,
          { dryRun: config.dryRun, log },
        ),
      );
      report = { ...report, hosts };
    }
  } finally {
    await core.group('Save state', () => cache.save());
  }

  setOutputs(report);
  annotate(report);
  await writeSummary(report);
  const failed = report.hosts.filter((host) => host.status === 'failed');
  if (failed.length > 0) {
    core.setFailed(`Deployment failed on ${failed.length} of ${report.hosts.length} hosts: ${failed.map((host) => `${host.target} (${host.reason})`).join('; ')}`);
  }
}

main().then(
  // HTTP keep-alive in the toolkit libraries can hold the event loop open: leave once done.
  () => process.exit(),
  (error: unknown) => {
    core.setFailed(error instanceof Error ? error.message : String(error));
    process.exit();
  },
);
