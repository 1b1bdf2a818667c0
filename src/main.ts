// Wiring only: read config, restore state, obtain the certificate, save state, deploy, watch,
// report, notify. Importing this module does nothing; index.ts and the CLI call run().
import * as core from '@actions/core';
import { readRunConfig, type Config, type MonitorConfig } from './config/config.js';
import type { InputSource } from './config/input-helper.js';
import { hasCloudTargets } from './deploy/cloud-config.js';
// Already loaded with the report, which names NO_CLOUD; it loads the Alibaba Cloud client itself, on use.
import { deployToCloud, NO_CLOUD } from './deploy/cloud-deploy.js';
import { deployTargets } from './deploy/deploy-config.js';
import { keepScheduleEnabled } from './github/keep-schedule.js';
import { startRunControl } from './lifecycle/run-control.js';
import { mainStepLeftBehind } from './lifecycle/step-state.js';
import { sendNotifications } from './notify/notify.js';
import { noticeFromFailure, noticeFromReport, noticeFromWatch } from './notify/run-notice.js';
import { allTargets, buildReport, report, reportFailure } from './report.js';
import { maskSecrets } from './secrets.js';
import type { StateCache } from './state/state-lifecycle.js';
import { actionsLog as log } from './util/log.js';
import { watchTargets } from './watch/watch.js';
import { annotateWatch, summariseWatch } from './watch/watch-report.js';

// The stages are imported when the run reaches them: the ACME client, SSH and the cache client
// take longer to load than reading and checking every input, and a bad input needs none of them.
const stages = {
  certificate: () => import('./acme/certificate-manager.js'),
  adoption: () => import('./state/adopt-deployed.js'),
  challenges: () => import('./challenge/challenge-solver.js'),
  deploy: () => import('./deploy/deploy.js'),
  dns: () => import('./dns/dns-solver.js'),
  sessions: () => import('./deploy/ssh-sessions.js'),
  state: () => import('./state/state-lifecycle.js'),
};

/** One run of the action; every failure ends up in the summary and the step's verdict. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await main(env);
  } catch (error) {
    await reportFailure(error);
  }
}

async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const src: InputSource = (name) => core.getInput(name);
  maskSecrets(src, env);
  const config = await readRunConfig(src, env);
  let succeeded: boolean;
  try {
    succeeded = await (config.monitorOnly ? monitor(config, env) : manageCertificate(config, env));
  } catch (error) {
    await sendNotifications(config.notify, noticeFromFailure(error, config.monitorOnly ? undefined : config.acme.certificateName, env), log);
    throw error;
  }
  if (succeeded) await keepScheduleEnabled(config.githubToken, env, log);
}

/** Watching never fails a run: what it finds are warnings. */
async function monitor(config: MonitorConfig, env: NodeJS.ProcessEnv): Promise<boolean> {
  const watched = await core.group('Watch', () => watchTargets(config.watch, new Date()));
  annotateWatch(watched, config.notify.expiringDays, log);
  await summariseWatch(watched);
  await sendNotifications(config.notify, noticeFromWatch(watched, config.dryRun, env), log);
  return true;
}

/** Whether every target took the certificate (report() fails the step otherwise). */
async function manageCertificate(config: Config, env: NodeJS.ProcessEnv): Promise<boolean> {
  const now = () => new Date();
  const run = startRunControl({ timeoutMs: config.timeoutMs, forceExit: leave });
  // What the run puts out (TXT records, token files), listed for the post step should it be killed.
  const { txt: ledger, tokens } = mainStepLeftBehind();
  const { signal } = run;
  const [{ SshSessions }, { createChallengeSolver }] = await Promise.all([stages.sessions(), stages.challenges()]);
  // One connection per host for the whole run: HTTP-01 tokens, adoption and deployment share it.
  const sessions = new SshSessions(config.deploy, log, signal);
  const challenges = createChallengeSolver(config, sessions, log, { ledger, tokens, signal, waitingFor: run.waitingFor });
  // A stopped run removes what it published: TXT records through the ledger, tokens from the webroots.
  const dns = config.dns;
  if (dns) run.onStop(async () => (await stages.dns()).removeListedRecords(dns, ledger, log));
  run.onStop(() => challenges.dispose());

  let cache: StateCache | undefined;
  try {
    const { openStateCache } = await stages.state();
    cache = await run.guard(
      run.waitingFor('the state cache', () => core.group('Restore state', () => openStateCache(config, env, log))),
    );
    const [{ adoptDeployedCertificate }, { ensureCertificate }] = await Promise.all([stages.adoption(), stages.certificate()]);
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
    const { deployCertificate } = await stages.deploy();
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
    const watched =
      config.watch.length > 0
        ? await run.guard(run.waitingFor('the watched endpoints', () => core.group('Watch', () => watchTargets(config.watch, now()))))
        : [];
    const verdict = buildReport(config, outcome, adopted, hosts, now(), cloud);
    annotateWatch(watched, config.notify.expiringDays, log);
    await report(verdict);
    await summariseWatch(watched);
    await sendNotifications(config.notify, noticeFromReport(verdict, watched, env), log);
    return allTargets(verdict).every((target) => target.status !== 'failed');
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
