// Alibaba Cloud target inputs: every mistake is reported before any call, naming the input and
// saying how to fix it; credentials are needed only when a target is set.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError, type InputSource } from '../src/config/input-helper.js';
import { hasCloudTargets, readCloudConfig } from '../src/deploy/cloud-config.js';

const source =
  (inputs: Record<string, string>): InputSource =>
  (name) =>
    inputs[name] ?? '';
const ENV = { ALICLOUD_ACCESS_KEY: 'LTAI-id', ALICLOUD_SECRET_KEY: 'secret' };

function rejects(inputs: Record<string, string>, input: string, pattern: RegExp, env: NodeJS.ProcessEnv = ENV): void {
  assert.throws(
    () => readCloudConfig(source(inputs), env, false),
    (error: unknown) => {
      assert.ok(error instanceof InputError, String(error));
      assert.equal(error.input, input);
      assert.match(error.message, pattern);
      return true;
    },
  );
}

describe('Alibaba Cloud target inputs', () => {
  it('parses every target kind, dropping duplicates, with public endpoints by default', () => {
    const config = readCloudConfig(
      source({
        'aliyun-cas': 'true',
        'aliyun-cas-cleanup': 'true',
        'aliyun-cdn-domains': 'CDN.example.com, img.example.com\ncdn.example.com.',
        'aliyun-dcdn-domains': '.example.org',
        'aliyun-slb-listeners': 'cn-hangzhou/lb-bp1abc:443\nap-southeast-1/lb-t4nxyz:8443\ncn-hangzhou/lb-bp1abc:443',
      }),
      ENV,
      false,
    );
    assert.equal(config.cas, true);
    assert.deepEqual(config.cdnDomains, ['cdn.example.com', 'img.example.com']);
    assert.deepEqual(config.dcdnDomains, ['.example.org']);
    assert.deepEqual(
      config.slbListeners.map((listener) => listener.label),
      ['slb:cn-hangzhou/lb-bp1abc:443', 'slb:ap-southeast-1/lb-t4nxyz:8443'],
    );
    assert.deepEqual(config.endpoints, {
      cas: 'https://cas.aliyuncs.com',
      cdn: 'https://cdn.aliyuncs.com',
      dcdn: 'https://dcdn.aliyuncs.com',
      slb: 'https://slb.{region}.aliyuncs.com',
    });
    assert.deepEqual(config.credentials, { accessKeyId: 'LTAI-id', accessKeySecret: 'secret' });
  });

  it('needs no credentials when no target is set, or under deploy: never', () => {
    assert.equal(hasCloudTargets(readCloudConfig(source({}), {}, false)), false);
    const never = readCloudConfig(source({ 'aliyun-cdn-domains': 'cdn.example.com' }), {}, true);
    assert.equal(hasCloudTargets(never), false);
    assert.equal(never.credentials, undefined);
    rejects({ 'aliyun-cdn-domains': 'not a domain' }, 'aliyun-cdn-domains', /'not a domain' is not a domain name/);
  });

  it('names the variables to set when a target is set without credentials', () => {
    rejects({ 'aliyun-slb-listeners': 'cn-hangzhou/lb-bp1abc:443' }, 'aliyun-slb-listeners', /ALICLOUD_SECRET_KEY .* not set.*secrets\./, {});
  });

  it('rejects a listener that is not region/load-balancer-id:port, with an example', () => {
    for (const bad of ['cn-hangzhou/lb-bp1abc', 'lb-bp1abc:443', 'cn-hangzhou/lb-bp1abc:0', 'cn-hangzhou/lb-bp1abc:70000', 'Hangzhou/lb-x:443']) {
      rejects({ 'aliyun-slb-listeners': bad }, 'aliyun-slb-listeners', /is not `region\/load-balancer-id:port`.*cn-hangzhou\/lb-/);
    }
  });

  it('rejects cleanup without CAS, a bad domain and a plain-http endpoint', () => {
    rejects({ 'aliyun-cas-cleanup': 'true' }, 'aliyun-cas-cleanup', /aliyun-cas: true/);
    rejects({ 'aliyun-dcdn-domains': 'dcdn.example.com, bad_domain!' }, 'aliyun-dcdn-domains', /'bad_domain!' is not a domain name/);
    rejects({ 'aliyun-cas': 'true', 'aliyun-cas-endpoint': 'http://cas.aliyuncs.com' }, 'aliyun-cas-endpoint', /does not use https/);
    rejects({ 'aliyun-slb-listeners': 'cn-hangzhou/lb-a:443', 'aliyun-slb-endpoint': 'http://slb.{region}.example' }, 'aliyun-slb-endpoint', /https/);
    rejects({ 'aliyun-cas': 'yes' }, 'aliyun-cas', /not a boolean/);
  });
});
