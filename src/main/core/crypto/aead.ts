import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;

/**
 * AES-256-GCM with a fresh random 96-bit nonce per call.
 * A box is `nonce || ciphertext || tag`, so it carries everything needed to open it except key and AAD.
 */
export function seal(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad);
  const body = cipher.update(plaintext);
  const last = cipher.final();
  return Buffer.concat([nonce, body, last, cipher.getAuthTag()]);
}

/**
 * Returns undefined when the key, AAD or bytes are wrong: GCM cannot tell these apart.
 * The plaintext (often a key) exists in one buffer only, the caller's to zero: GCM's final()
 * adds no bytes, so nothing is concatenated, and a failed open zeroes what it decrypted.
 */
export function open(key: Buffer, box: Buffer, aad: Buffer): Buffer | undefined {
  // Stryker disable next-line ConditionalExpression,ArithmeticOperator: equivalent; a shorter box never authenticates, this only saves the work.
  if (box.length < NONCE_BYTES + TAG_BYTES) return undefined;
  const nonce = box.subarray(0, NONCE_BYTES);
  const tag = box.subarray(box.length - TAG_BYTES);
  const body = box.subarray(NONCE_BYTES, box.length - TAG_BYTES);
  let plain: Buffer | undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    plain = decipher.update(body);
    const rest = decipher.final();
    // Stryker disable all: GCM's final() returns no bytes, so the lines below never run; kept in case a cipher ever does.
    if (rest.length === 0) return plain;
    const whole = Buffer.concat([plain, rest]);
    plain.fill(0);
    rest.fill(0);
    return whole;
    // Stryker restore all
  } catch {
    plain?.fill(0);
    return undefined;
  }
}
