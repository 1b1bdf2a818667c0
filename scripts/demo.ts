// `npm run demo`: the action's main job end to end on this machine. Starts a local ACME CA, the
// AliDNS-compatible API, the Actions cache service and two SSH hosts with nginx, then runs the built
// action twice as a runner would (issue, then unchanged) and shows what nginx serves.
import { X509Certificate } from 'node:crypto';
import { startFullFixture } from '../test/e2e/full-fixture.js';
import { PlainLog } from '../src/cli/plain-log.js';
import { summaryText } from '../src/cli/summary-text.js';
import type { ActionRun } from '../test/support/run-action.js';

/** The log as GitHub shows it: a line per group, warnings and errors labelled, no debug lines. */
function show(title: string, run: ActionRun): void {
  console.log(`\n=== ${title}: exit code ${run.exitCode} ===`);
  const log = new PlainLog({ verbose: false, write: (text) => process.stdout.write(text) });
  log.push(run.log);
  log.flush();
  console.log('\n--- outputs ---');
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}: ${value}`);
  console.log('\n--- job summary ---');
  console.log(summaryText(run.summary));
}

const fixture = await startFullFixture(2);
let failed = false;
try {
  console.log('Started: pebble ACME CA, pebble-challtestsrv DNS, AliDNS-compatible API, Actions cache service,');
  console.log(`and SSH hosts ${fixture.network.hosts.map((host) => host.label).join(', ')} with nginx.`);

  const first = await fixture.run();
  show('First run (issue and deploy)', first);
  fixture.freshRunner();
  const second = await fixture.run();
  show('Second run on a new runner (state restored from the cache: unchanged)', second);
  failed = first.exitCode !== 0 || second.exitCode !== 0;

  console.log('\n=== What nginx serves ===');
  for (const host of fixture.network.hosts) {
    const served = new X509Certificate(await host.servedCertificatePem('example.com'));
    console.log(`${host.label}: ${served.subject.replace(/\n/g, ', ')} | SANs ${served.subjectAltName} | serial ${served.serialNumber} | expires ${new Date(served.validTo).toISOString()}`);
  }
} finally {
  await fixture.stop();
}
process.exitCode = failed ? 1 : 0;
