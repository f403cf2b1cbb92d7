// Ordered crossover (OX) on giant tours: a random slice of parent A kept in place, the rest
// filled in parent B's order. Split then cuts the child into routes.
import type { Rng } from './rng';

export function orderedCrossover(a: Int32Array, b: Int32Array, rng: Rng, out: Int32Array, used: Uint8Array): void {
  const n = a.length;
  used.fill(0);
  if (n < 2) {
    out.set(a);
    return;
  }
  const start = rng.below(n);
  let end = rng.below(n);
  while (end === start) end = rng.below(n);
  for (let i = start; i !== (end + 1) % n; i = (i + 1) % n) {
    out[i] = a[i]!;
    used[a[i]!] = 1;
  }
  let w = (end + 1) % n;
  for (let k = 1; k <= n; k++) {
    const c = b[(end + k) % n]!;
    if (used[c]) continue;
    out[w] = c;
    w = (w + 1) % n;
  }
}
