import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_COST,
  open,
  openState,
  seal,
  sealPlaintext,
  sealState,
  StateDecryptError,
  type ScryptCost,
} from '../src/state/state-crypto.js';

const plain = Buffer.from('account key, certificates and their keys');
const passphrase = 'correct horse battery staple';
// The lowest cost open() accepts: the flip tests derive a key per variant.
const cheap: ScryptCost = { log2N: 10, r: 8, p: 1 };
const WRONG = 'the cached state cannot be decrypted: wrong state-passphrase or tampered cache entry';
const scope = '0123456789abcdef';
const context = { scope, sealedAt: new Date('2026-05-01T10:00:00.000Z') };

describe('sealed state', () => {
  it('opens with the passphrase that sealed it, at the default cost', () => {
    const sealed = seal(plain, passphrase, context);
    assert.deepEqual(open(sealed, passphrase), { plain, context });
    assert.deepEqual([...sealed.subarray(5, 8)], [DEFAULT_COST.log2N, DEFAULT_COST.r, DEFAULT_COST.p]);
    assert.equal(sealed.indexOf(plain.subarray(0, 8)), -1, 'no plaintext in the sealed bytes');
  });

  it('differs every time the same state is sealed (fresh salt and nonce)', () => {
    const first = seal(plain, passphrase, context, cheap);
    const second = seal(plain, passphrase, context, cheap);
    assert.notDeepEqual(first.subarray(8, 36), second.subarray(8, 36));
    assert.notDeepEqual(first, second);
  });

  it('refuses a wrong passphrase with an error that says what may be wrong', () => {
    const sealed = seal(plain, passphrase, context, cheap);
    assert.throws(() => open(sealed, 'Correct horse battery staple'), (error: unknown) => {
      assert.ok(error instanceof StateDecryptError);
      assert.equal(error.message, WRONG);
      return true;
    });
  });

  it('refuses every single changed byte, header included', () => {
    const sealed = seal(Buffer.from('tiny'), passphrase, context, cheap);
    for (let at = 0; at < sealed.length; at++) {
      for (const mask of [0x01, 0x80, 0xff]) {
        const changed = Buffer.from(sealed);
        changed[at] ^= mask;
        assert.throws(() => openState(changed, { passphrase, allowPlaintext: false }, scope), StateDecryptError, `byte ${at} ^ ${mask}`);
      }
    }
  });

  it('refuses every truncation and appended bytes', () => {
    const sealed = seal(Buffer.from('tiny'), passphrase, context, cheap);
    for (let length = 0; length < sealed.length; length++) {
      assert.throws(() => open(sealed.subarray(0, length), passphrase), StateDecryptError, `length ${length}`);
    }
    assert.throws(() => open(Buffer.concat([sealed, Buffer.from([0])]), passphrase), StateDecryptError);
  });

  it('refuses a header that asks for an absurd key-derivation cost without deriving', () => {
    const sealed = seal(plain, passphrase, context, cheap);
    sealed[5] = 30;
    const started = Date.now();
    assert.throws(() => open(sealed, passphrase), { name: 'StateDecryptError', message: WRONG });
    assert.ok(Date.now() - started < 1000);
  });

  it('names a newer format version instead of blaming the passphrase', () => {
    const sealed = seal(plain, passphrase, context, cheap);
    sealed[4] = 3;
    assert.throws(() => open(sealed, passphrase), /format version 3, newer than this action reads \(2\): update the action/);
  });
});

describe('choosing between sealed and plaintext state', () => {
  it('encrypts whenever a passphrase is set, even when plaintext is allowed', () => {
    const sealed = sealState(plain, { passphrase, allowPlaintext: true }, context);
    assert.equal(sealed.subarray(0, 4).toString(), 'ADSE');
    assert.deepEqual(openState(sealed, { passphrase, allowPlaintext: true }, scope).plain, plain);
  });

  it('stores plaintext only when allowed and no passphrase is set', () => {
    const stored = sealState(plain, { allowPlaintext: true }, context);
    assert.equal(stored.subarray(0, 4).toString(), 'ADSP');
    assert.deepEqual(openState(stored, { allowPlaintext: true }, scope).plain, plain);
    assert.throws(() => sealState(plain, { allowPlaintext: false }, context), /needs a passphrase/);
  });

  it('refuses a plaintext entry unless plaintext is allowed: it could have been planted', () => {
    const planted = sealPlaintext(plain, context);
    assert.throws(
      () => openState(planted, { passphrase, allowPlaintext: false }, scope),
      /stored unencrypted but allow-plaintext-state is false/,
    );
    // Adopting an old plaintext state while moving to a passphrase.
    assert.deepEqual(openState(planted, { passphrase, allowPlaintext: true }, scope).plain, plain);
  });

  it('notices a damaged plaintext entry', () => {
    const stored = sealPlaintext(plain, context);
    stored[stored.length - 1] ^= 1;
    assert.throws(() => openState(stored, { allowPlaintext: true }, scope), /corrupted: its checksum does not match/);
  });

  it('asks for the passphrase when an encrypted entry meets an empty one', () => {
    const sealed = seal(plain, passphrase, context, cheap);
    assert.throws(
      () => openState(sealed, { allowPlaintext: true }, scope),
      /encrypted but state-passphrase is empty: pass the secret that encrypted it/,
    );
  });

  it('says when an entry is not state written by this action', () => {
    assert.throws(() => openState(Buffer.from('PK\x03\x04 some zip'), { passphrase, allowPlaintext: true }, scope), /not a state entry written by this action/);
  });
});

describe('rotation and binding', () => {
  it('opens with any listed passphrase and says when it was an older one', () => {
    const sealed = seal(plain, 'old passphrase', context, cheap);
    const opened = openState(sealed, { passphrase, olderPassphrases: ['other', 'old passphrase'], allowPlaintext: false }, scope);
    assert.deepEqual(opened, { plain, sealedAt: context.sealedAt, olderPassphrase: true });
    const current = openState(seal(plain, passphrase, context, cheap), { passphrase, olderPassphrases: ['old passphrase'], allowPlaintext: false }, scope);
    assert.equal(current.olderPassphrase, false);
    assert.throws(() => openState(sealed, { passphrase, allowPlaintext: false }, scope), { message: WRONG });
  });

  it('refuses an entry sealed for another scope, even with the right passphrase', () => {
    const sealed = seal(plain, passphrase, { ...context, scope: 'fedcba9876543210' }, cheap);
    assert.throws(() => openState(sealed, { passphrase, allowPlaintext: false }, scope), /belongs to another certificate or CA \(scope fedcba9876543210, not 0123456789abcdef\)/);
  });

  it('binds the seal time: changing it breaks the seal', () => {
    const sealed = seal(plain, passphrase, context, cheap);
    const timeAt = 4 + 4 + 16 + 12;
    assert.equal(Number(sealed.readBigUInt64BE(timeAt)), context.sealedAt.getTime());
    sealed.writeBigUInt64BE(BigInt(Date.now()), timeAt);
    assert.throws(() => open(sealed, passphrase), { message: WRONG });
  });

  it('names an entry of the earlier format instead of blaming the passphrase', () => {
    const sealed = seal(plain, passphrase, context, cheap);
    sealed[4] = 1;
    assert.throws(() => open(sealed, passphrase), /format version 1, written by an older release/);
  });
});
