import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../src/config/input-helper.js';
import { readAliCloudCredentials } from '../src/alicloud/credentials.js';

describe('Alibaba Cloud credentials', () => {
  it("reads lego's variable names", () => {
    assert.deepEqual(readAliCloudCredentials({ ALICLOUD_ACCESS_KEY: 'id', ALICLOUD_SECRET_KEY: 'secret' }), {
      accessKeyId: 'id',
      accessKeySecret: 'secret',
    });
  });

  it("reads Alibaba's SDK variable names, with an STS token", () => {
    assert.deepEqual(
      readAliCloudCredentials({
        ALIBABA_CLOUD_ACCESS_KEY_ID: 'STS.id',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'secret',
        ALIBABA_CLOUD_SECURITY_TOKEN: 'token',
      }),
      { accessKeyId: 'STS.id', accessKeySecret: 'secret', securityToken: 'token' },
    );
  });

  it("prefers lego's names when both are set, and ignores blank values", () => {
    const credentials = readAliCloudCredentials({
      ALICLOUD_ACCESS_KEY: '  ',
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'alibaba-id',
      ALICLOUD_SECRET_KEY: 'lego-secret',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'alibaba-secret',
    });
    assert.deepEqual(credentials, { accessKeyId: 'alibaba-id', accessKeySecret: 'lego-secret' });
  });

  it('names the missing variables and how to set them from secrets, without echoing what is set', () => {
    assert.throws(
      () => readAliCloudCredentials({ ALICLOUD_ACCESS_KEY: 'LTAI-visible-id' }),
      (error: unknown) => {
        assert.ok(error instanceof InputError);
        assert.equal(error.input, 'dns');
        assert.match(error.message, /ALICLOUD_SECRET_KEY \/ ALIBABA_CLOUD_ACCESS_KEY_SECRET is not set/);
        assert.ok(!error.message.includes('ALICLOUD_ACCESS_KEY /'), 'the variable that is set is not reported missing');
        assert.match(error.message, /secrets\./);
        assert.ok(!error.message.includes('LTAI-visible-id'));
        return true;
      },
    );
    assert.throws(() => readAliCloudCredentials({}), /ALICLOUD_ACCESS_KEY \/ ALIBABA_CLOUD_ACCESS_KEY_ID and ALICLOUD_SECRET_KEY .* are not set/);
  });
});
