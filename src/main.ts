// Wiring only: read config, restore state, obtain the certificate, save state, deploy, report.
import * as core from '@actions/core';
import { ensureCertificate } from './acme/certificate-manager.js';
import { readConfig } from './config/config.js';
import type { InputSource } from './config/input-helper.js';
import { hasCloudTargets } from './deploy/cloud-config.js';
import { deployToCloud, NO_CLOUD } from './deploy/cloud-deploy.js';
import { createChallengeSolver } from './challenge/challenge-solver.js';
import { deployCertificate, deployTargets } from './deploy/deploy.js';
import { SshSessions } from './deploy/ssh-sessions.js';
import { removeListedRecords } from './dns/dns-solver.js';
import { startRunControl } from './lifecycle/run-control.js';
import { mainStepLedger } from './lifecycle/step-state.js';
import { buildReport, report, reportFailure } from './report.js';
import { maskSecrets } from './secrets.js';
import { adoptDeployedCertificate } from './state/adopt-deployed.js';
import { openStateCache, type StateCache } from './state/state-lifecycle.js';
import { actionsLog as log } from './util/log.js';

async function main(): Promise<void> {
  const src: InputSource = (name) => core.getInput(name);
  maskSecrets(src, process.env);
  const config = readConfig(src, process.env);
  const now = () => new Date();
  const run = startRunControl({ timeoutMs: config.timeoutMs, forceExit: leave });
  const ledger = mainStepLedger();
  const { signal } = run;
  // One connection per host for the whole run: HTTP-01 tokens, adoption and deployment share it.
  const sessions = new SshSessions(config.deploy, log, signal);
  const challenges = createChallengeSolver(config, sessions, log, { ledger, signal, waitingFor: run.waitingFor });
  // A stopped run removes what it published: TXT records through the ledger, tokens from the webroots.
  const dns = config.dns;
  if (dns) run.onStop(() => removeListedRecords(dns, ledger, log));
  run.onStop(() => challenges.dispose());

  let cache: StateCache | undefined;
  try {
    cache = await run.guard(
      run.waitingFor('the state cache', () => core.group('Restore state', () => openStateCache(config, process.env, log))),
    );
    const { adopted, outcome } = await run.guard(
      core.group('Certificate', async () => {
        const adoption = await run.waitingFor('the hosts (adopting their certificate)', () => adoptDeployedCertificate(config, log, now(), sessions));
        return {
          adopted: adoption?.message,
          outcome: await run.waitingFor(`the CA (${config.acme.directoryUrl})`, () =>
            ensureCertificate(config.acme, {
              statePath: config.statePath,
              solve: challenges.solve,
              log,
              now,
              dryRun: config.dryRun,
              adopted: adoption?.certificate,
              signal,
            }),
          ),
        };
      }),
    );
    // Saved before deploying: a failed deployment never loses a new certificate.
    await core.group('Save state', () => cache!.save());
    const certificate = outcome.certificate;
    const bundle = certificate && { name: config.acme.certificateName, domains: [...config.acme.domains], ...certificate };
    const hosts =
      bundle && deployTargets(config.deploy).length > 0
        ? await run.guard(
            run.waitingFor('the deployment to the hosts', () =>
              core.group('Deploy', () => deployCertificate(bundle, config.deploy, { dryRun: config.dryRun, log, signal, sessions })),
            ),
          )
        : [];
    const cloud =
      bundle && hasCloudTargets(config.cloud)
        ? await run.guard(
            run.waitingFor('the Alibaba Cloud targets', () =>
              core.group('Deploy to Alibaba Cloud', () =>
                deployToCloud(bundle, config.cloud, { dryRun: config.dryRun, force: config.deploy.mode === 'always', log }),
              ),
            ),
          )
        : NO_CLOUD;
    await report(buildReport(config, outcome, adopted, hosts, now(), cloud));
  } catch (error) {
    // A failed order may still have registered an account worth keeping.
    if (cache) await core.group('Save state', () => cache!.save());
    throw error;
  } finally {
    // Normally a no-op: the order removed its TXT records and tokens when it ended.
    await challenges.dispose();
    await sessions.closeAll();
    run.dispose();
  }
}

/** A stop whose clean-up overran its grace: fail the step now, before the runner kills it. */
function leave(reason: string): void {
  core.setFailed(reason);
  process.exit();
}

main().then(
  // HTTP keep-alive in the toolkit libraries can hold the event loop open: leave once done.
  () => process.exit(),
  (error: unknown) => reportFailure(error).finally(() => process.exit()),
);
