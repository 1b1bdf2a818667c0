// The DNS inputs as the registry defines them: provider ids, zone → provider lines, each selected
// provider's credentials from the environment, all checked before any network call.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../src/config/input-helper.js';
import { readDnsConfig } from '../src/dns/dns-config.js';
import { routeName } from '../src/dns/provider-routes.js';
import { PROVIDER_IDS } from '../src/dns/providers/registry.js';

const ALI = { ALICLOUD_ACCESS_KEY: 'id', ALICLOUD_SECRET_KEY: 'secret' };

function read(inputs: Record<string, string>, env: NodeJS.ProcessEnv = ALI, domains = ['example.com', '*.example.com']) {
  return readDnsConfig((name) => inputs[name] ?? '', env, domains);
}

function inputError(run: () => unknown, pattern: RegExp): InputError {
  let caught: unknown;
  assert.throws(run, (error: unknown) => {
    caught = error;
    assert.ok(error instanceof InputError, String(error));
    assert.equal(error.input, 'dns');
    assert.match(error.message, pattern);
    return true;
  });
  return caught as InputError;
}

describe('DNS provider settings', () => {
  it("reads lego's variable names", () => {
    assert.deepEqual(read({}).providers.alidns.env, { accessKeyId: 'id', accessKeySecret: 'secret' });
  });

  it("reads Alibaba's SDK variable names, with an STS token", () => {
    const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'STS.id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'secret', ALIBABA_CLOUD_SECURITY_TOKEN: 'token' };
    assert.deepEqual(read({}, env).providers.alidns.env, { accessKeyId: 'STS.id', accessKeySecret: 'secret', securityToken: 'token' });
  });

  it("prefers lego's names when both are set, and ignores blank values", () => {
    const env = {
      ALICLOUD_ACCESS_KEY: '  ',
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'alibaba-id',
      ALICLOUD_SECRET_KEY: 'lego-secret',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'alibaba-secret',
    };
    assert.deepEqual(read({}, env).providers.alidns.env, { accessKeyId: 'alibaba-id', accessKeySecret: 'lego-secret' });
  });

  it('names the missing variables and how to set them from secrets, without echoing what is set', () => {
    const error = inputError(() => read({}, { ALICLOUD_ACCESS_KEY: 'LTAI-visible-id' }), /ALICLOUD_SECRET_KEY \/ ALIBABA_CLOUD_ACCESS_KEY_SECRET is not set/);
    assert.ok(!error.message.includes('ALICLOUD_ACCESS_KEY /'), 'the variable that is set is not reported missing');
    assert.match(error.message, /secrets\./);
    assert.ok(!error.message.includes('LTAI-visible-id'));
    inputError(() => read({}, {}), /ALICLOUD_ACCESS_KEY \/ ALIBABA_CLOUD_ACCESS_KEY_ID and ALICLOUD_SECRET_KEY .* are not set/);
  });

  it('takes the endpoint from <id>-endpoint, https only (plain http on loopback)', () => {
    assert.equal(read({}).providers.alidns.endpoint, 'https://alidns.aliyuncs.com');
    assert.equal(read({ 'alidns-endpoint': 'https://alidns.cn-hangzhou.aliyuncs.com/' }).providers.alidns.endpoint, 'https://alidns.cn-hangzhou.aliyuncs.com');
    assert.throws(() => read({ 'alidns-endpoint': 'http://alidns.example' }), /Input 'alidns-endpoint': .* does not use https/);
  });
});

describe('the dns input', () => {
  it('an unknown provider lists the supported ids', () => {
    const error = inputError(() => read({ dns: 'godaddy' }), /'godaddy' is not a supported DNS provider/);
    for (const id of PROVIDER_IDS) assert.ok(error.message.includes(id), id);
    inputError(() => read({ dns: 'AliDNS' }), /'AliDNS' is not a supported DNS provider\. Use one of: alidns,/);
  });

  it('maps zones to providers with a default, longest zone first', () => {
    const config = read({ dns: 'default: alidns\nexample.com: alidns\n' }, ALI, ['example.com', 'www.other.org']);
    assert.equal(routeName(config.routes, '_acme-challenge.www.example.com'), 'alidns');
    assert.equal(routeName(config.routes, '_acme-challenge.other.org'), 'alidns');
    assert.deepEqual(Object.keys(config.providers), ['alidns']);
  });

  it('refuses a name that no line covers when there is no default, before any network call', () => {
    inputError(() => read({ dns: 'example.com: alidns' }, ALI, ['example.com', 'example.net', '*.example.net']), /no DNS provider for example\.net, \*\.example\.net/);
  });

  it('refuses an unknown provider on a zone line, and lines that are not zone: provider', () => {
    inputError(() => read({ dns: 'example.com: route66' }), /'route66' is not a supported DNS provider/);
    inputError(() => read({ dns: '- alidns' }), /neither a provider id nor lines of `zone: provider`/);
    inputError(() => read({ dns: 'example.com: [alidns]' }), /the provider of 'example.com' is not a provider id/);
  });

  it('follows CNAMEs unless dns-follow-cname is false', () => {
    assert.equal(read({}).followCname, true);
    assert.equal(read({ 'dns-follow-cname': 'false' }).followCname, false);
  });
});

describe('rfc2136 settings', () => {
  const RFC = { RFC2136_NAMESERVER: 'ns1.example.com:5353', RFC2136_TSIG_KEY: 'acme', RFC2136_TSIG_SECRET: 'c2VjcmV0LXNlY3JldA==' };
  const rfc = (env: NodeJS.ProcessEnv) => read({ dns: 'rfc2136' }, env).providers.rfc2136.env;

  it("takes lego's algorithm spellings, with or without the trailing dot, hmac-sha256 by default", async () => {
    const { tsigAlgorithm } = await import('../src/dns/providers/rfc2136.js');
    assert.equal(tsigAlgorithm(undefined), 'hmac-sha256');
    assert.equal(tsigAlgorithm('hmac-sha256.'), 'hmac-sha256');
    assert.equal(tsigAlgorithm('HMAC-SHA512'), 'hmac-sha512');
    assert.equal(tsigAlgorithm('hmac-md5.sig-alg.reg.int.'), 'hmac-md5');
    assert.equal(rfc({ ...RFC, RFC2136_TSIG_ALGORITHM: 'hmac-sha1.' }).tsigAlgorithm, 'hmac-sha1.');
    inputError(() => rfc({ ...RFC, RFC2136_TSIG_ALGORITHM: 'hmac-sha3' }), /RFC2136_TSIG_ALGORITHM 'hmac-sha3' is not supported.*Use one of: hmac-md5, hmac-sha1/);
  });

  it('needs the name server, and the TSIG key name and secret together; the secret is never echoed', () => {
    inputError(() => rfc({}), /RFC2136_NAMESERVER is not set/);
    inputError(() => rfc({ ...RFC, RFC2136_NAMESERVER: 'ns1 example' }), /RFC2136_NAMESERVER 'ns1 example' is not host\[:port\]/);
    const error = inputError(() => rfc({ ...RFC, RFC2136_TSIG_KEY: '' }), /RFC2136_TSIG_KEY and RFC2136_TSIG_SECRET go together, but only the secret is set/);
    assert.ok(!error.message.includes(RFC.RFC2136_TSIG_SECRET));
    inputError(() => rfc({ ...RFC, RFC2136_TSIG_SECRET: 'not base64!' }), /RFC2136_TSIG_SECRET is not base64/);
    assert.deepEqual(rfc({ RFC2136_NAMESERVER: '[2001:db8::53]:53' }), { nameserver: '[2001:db8::53]:53' });
  });
});
