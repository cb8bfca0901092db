// Weights travel in the content script, which has a size budget: each feature is kept as a 32-bit
// hash and its weight in thousandths (6 bytes, base64), instead of its text. At a few thousand
// features a hash collision is a one-in-a-thousand event, and the trainer refuses one.

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over UTF-16 code units: tiny, and the same in every engine. */
export function featureHash(feature: string): number {
  return extendHash(FNV_OFFSET, feature);
}

/** featureHash(a + more), given featureHash(a): FNV-1a reads left to right, so a pair is hashed from its first word's hash. */
export function extendHash(hash: number, more: string): number {
  for (let i = 0; i < more.length; i++) hash = Math.imul(hash ^ more.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const BYTES_PER_WEIGHT = 6;
const SCALE = 1000;

export function packWeights(weights: ReadonlyMap<string, number>): string {
  const bytes = new Uint8Array(weights.size * BYTES_PER_WEIGHT);
  const view = new DataView(bytes.buffer);
  const seen = new Set<number>();
  [...weights].forEach(([feature, weight], i) => {
    const hash = featureHash(feature);
    if (seen.has(hash)) throw new Error(`two features share the hash of "${feature}"; drop one or change the hash`);
    seen.add(hash);
    const scaled = Math.round(weight * SCALE);
    if (scaled < -32768 || scaled > 32767) throw new Error(`weight ${weight} of "${feature}" does not fit`);
    view.setUint32(i * BYTES_PER_WEIGHT, hash);
    view.setInt16(i * BYTES_PER_WEIGHT + 4, scaled);
  });
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function unpackWeights(packed: string): Map<number, number> {
  const binary = atob(packed);
  const view = new DataView(Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer);
  const weights = new Map<number, number>();
  for (let at = 0; at + BYTES_PER_WEIGHT <= view.byteLength; at += BYTES_PER_WEIGHT) weights.set(view.getUint32(at), view.getInt16(at + 4) / SCALE);
  return weights;
}
