// What every DNS provider must do, run against each provider's double and the in-memory fake:
// zones found on whole labels, values of one name that coexist, a user's own TXT record that
// survives cleanup, idempotent deletes, credential errors that name variables and never values,
// and throttling that is retried.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DnsProvider } from '../../src/dns/provider.js';
import { findZone } from '../../src/dns/zones.js';

/** Zones every double under contract hosts; `le.com` and `sub.example.com` catch suffix matching that ignores labels. */
export const CONTRACT_ZONES = ['example.com', 'sub.example.com', 'le.com'];

export interface ContractTarget {
  /** The provider with good credentials and fast retries. */
  provider: DnsProvider;
  /** The same provider with a wrong secret, the secret, and the variable that holds it. */
  wrongSecret: { provider: DnsProvider; secret: string; variable: string };
  /** The TXT values the service holds at `fqdn`, in any order. */
  txtValues(fqdn: string): string[] | Promise<string[]>;
  /** Adds a TXT value at `fqdn` the way a user would (not through the provider). */
  addOwnRecord(zone: string, fqdn: string, value: string): Promise<void>;
  /** Answers the next `times` calls with the service's throttling error; absent for a service that has none. */
  throttleNext?(times: number): void;
  stop(): Promise<void>;
}

export function providerContract(name: string, start: () => Promise<ContractTarget>): void {
  describe(`${name} DNS provider contract`, () => {
    let target: ContractTarget;
    before(async () => {
      target = await start();
    });
    after(() => target?.stop());

    const values = async (fqdn: string) => [...(await target.txtValues(fqdn))].sort();

    it('finds the zone of a name on whole labels, the longest first (from its zone list, or by asking)', async () => {
      const { provider } = target;
      let zoneOf: (fqdn: string) => Promise<string | undefined>;
      if (provider.zoneOf) {
        zoneOf = (fqdn) => provider.zoneOf!(fqdn);
      } else {
        const zones = await provider.listZones();
        assert.deepEqual([...zones].sort(), [...CONTRACT_ZONES].sort(), 'every hosted zone, lowercase ASCII');
        zoneOf = async (fqdn) => findZone(fqdn, zones);
      }
      assert.equal(await zoneOf('_acme-challenge.www.example.com'), 'example.com');
      assert.equal(await zoneOf('_acme-challenge.a.sub.example.com'), 'sub.example.com');
      assert.equal(await zoneOf('_acme-challenge.example.com'), 'example.com');
      assert.equal(await zoneOf('_acme-challenge.table.com'), undefined);
    });

    it('keeps two values on one name side by side and deletes only the one asked', async () => {
      const fqdn = '_acme-challenge.two.example.com';
      const first = await target.provider.appendTxt('example.com', fqdn, 'value-one', 600);
      const second = await target.provider.appendTxt('example.com', fqdn, 'value-two', 600);
      assert.ok(first && second);
      assert.deepEqual(await values(fqdn), ['value-one', 'value-two']);
      await target.provider.deleteTxt(first);
      assert.deepEqual(await values(fqdn), ['value-two']);
      await target.provider.deleteTxt(second);
      assert.deepEqual(await values(fqdn), []);
    });

    it("leaves a user's own TXT record on the same name in place at cleanup", async () => {
      const fqdn = '_acme-challenge.own.sub.example.com';
      await target.addOwnRecord('sub.example.com', fqdn, 'users-own');
      const ours = await target.provider.appendTxt('sub.example.com', fqdn, 'challenge', 600);
      assert.ok(ours);
      assert.deepEqual(await values(fqdn), ['challenge', 'users-own']);
      await target.provider.deleteTxt(ours);
      assert.deepEqual(await values(fqdn), ['users-own']);
    });

    it('answers undefined for a value that is already there, and does not claim it', async () => {
      const fqdn = '_acme-challenge.same.example.com';
      await target.addOwnRecord('example.com', fqdn, 'same-value');
      assert.equal(await target.provider.appendTxt('example.com', fqdn, 'same-value', 600), undefined);
      assert.deepEqual(await values(fqdn), ['same-value']);
    });

    it('adds at the zone apex', async () => {
      const record = await target.provider.appendTxt('le.com', 'le.com', 'apex-value', 600);
      assert.ok(record);
      assert.deepEqual(await values('le.com'), ['apex-value']);
      await target.provider.deleteTxt(record);
      assert.deepEqual(await values('le.com'), []);
    });

    it('deletes idempotently: a value already gone is not an error', async () => {
      const fqdn = '_acme-challenge.twice.example.com';
      const record = await target.provider.appendTxt('example.com', fqdn, 'delete-twice', 600);
      assert.ok(record);
      await target.provider.deleteTxt(record);
      await target.provider.deleteTxt(record);
      assert.deepEqual(await values(fqdn), []);
    });

    it('a wrong secret fails naming the variable to fix, never its value', async () => {
      const { provider, secret, variable } = target.wrongSecret;
      const error = await provider.appendTxt('example.com', '_acme-challenge.denied.example.com', 'never', 600).then(
        () => assert.fail('a wrong secret must fail'),
        (reason: unknown) => reason as Error,
      );
      assert.ok(error.message.includes(variable), error.message);
      assert.ok(!error.message.includes(secret), error.message);
    });

    it('retries throttling and then succeeds', async (t) => {
      if (!target.throttleNext) return t.skip('the service does not throttle');
      const fqdn = '_acme-challenge.throttled.example.com';
      target.throttleNext(2);
      const record = await target.provider.appendTxt('example.com', fqdn, 'after-throttling', 600);
      assert.ok(record);
      assert.deepEqual(await values(fqdn), ['after-throttling']);
      await target.provider.deleteTxt(record);
    });
  });
}
