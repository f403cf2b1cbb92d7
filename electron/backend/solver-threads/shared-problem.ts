// The problem's arrays copied once into shared memory: every worker of the pool reads the same
// bytes (a 1,000-customer matrix is 8 MB; the diary's can be hundreds), nothing is copied per task.
import type { VrptwProblem } from '../../../shared/solver/vrptw/problem';

type Typed = Float64Array | Int32Array | Uint8Array;

function shared<T extends Typed>(a: T): T {
  const ctor = a.constructor as { new (buf: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number };
  const out = new ctor(new SharedArrayBuffer(a.length * ctor.BYTES_PER_ELEMENT));
  out.set(a as never);
  return out;
}

export function sharedProblem(p: VrptwProblem): VrptwProblem {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(p)) {
    out[key] = ArrayBuffer.isView(value) ? (value.buffer instanceof SharedArrayBuffer ? value : shared(value as Typed)) : value;
  }
  // dist and time are often the same array: keep them one.
  if (p.time === p.dist) out.time = out.dist;
  return out as unknown as VrptwProblem;
}
