import { createHmac } from 'node:crypto';
import { zero } from './zero';

/**
 * HKDF-SHA256 (RFC 5869) for one 32-byte block. Written out with HMAC rather than crypto.hkdf
 * so it behaves the same under Electron's BoringSSL build.
 */
export function hkdfSha256(ikm: Buffer, salt: Buffer, info: string | Buffer): Buffer {
  const prk = createHmac('sha256', salt).update(ikm).digest();
  const okm = createHmac('sha256', prk)
    // A string is hashed as its UTF-8 bytes.
    .update(info)
    .update(Buffer.from([1]))
    .digest();
  zero(prk);
  return okm;
}
