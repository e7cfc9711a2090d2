/** Fills a byte array with random values (the Web Crypto API by default). */
export type RandomBytes = (bytes: Uint8Array) => Uint8Array;

const webCryptoRandom: RandomBytes = (bytes) => crypto.getRandomValues(bytes);

/**
 * A fresh idempotency key for one checkout: `web-` and 32 hex digits (128 random bits), within the
 * API's key format (8-64 letters, digits, dashes or underscores). Uses `getRandomValues`, which
 * unlike `randomUUID` also works on plain-HTTP origins other than localhost.
 */
export function newIdempotencyKey(random: RandomBytes = webCryptoRandom): string {
  const bytes = random(new Uint8Array(16));
  return `web-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
