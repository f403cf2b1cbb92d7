// Walks a zod (v4) schema and reports every number and array it accepts, with the bounds it
// enforces, so a test can insist that every number in the contract has a domain limit.
import type { z } from 'zod';

export interface Bounded {
  path: string;
  kind: 'number' | 'array';
  min: number;
  max: number;
}

type Def = { type: string; [k: string]: unknown };

export function boundsIn(schema: z.ZodType, path = '', out: Bounded[] = [], seen = new Set<unknown>()): Bounded[] {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const s = schema as unknown as { _zod: { def: Def; bag: Record<string, unknown> }; minValue?: number; maxValue?: number };
  const def = s._zod.def;
  const visit = (child: unknown, p: string) => boundsIn(child as z.ZodType, p, out, seen);
  switch (def.type) {
    case 'number':
      out.push({ path: path || '(root)', kind: 'number', min: s.minValue ?? -Infinity, max: s.maxValue ?? Infinity });
      break;
    case 'object':
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) visit(v, path ? `${path}.${k}` : k);
      break;
    case 'array': {
      const checks = ((def.checks as { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[] | undefined) ?? []).map(
        (c) => c._zod.def,
      );
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const max = checks.find((c) => c.check === 'max_length')?.maximum ?? Infinity;
      out.push({ path: `${path}[]`, kind: 'array', min, max });
      visit(def.element, `${path}[]`);
      break;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      visit(def.innerType, path);
      break;
    case 'union':
      for (const o of def.options as unknown[]) visit(o, path);
      break;
    case 'intersection':
      visit(def.left, path);
      visit(def.right, path);
      break;
    case 'record':
      visit(def.valueType, `${path}{}`);
      break;
    case 'tuple':
      (def.items as unknown[]).forEach((it, i) => visit(it, `${path}[${i}]`));
      break;
    case 'pipe':
      visit(def.in, path);
      break;
    case 'lazy':
      visit((def.getter as () => unknown)(), path);
      break;
    default:
      break;
  }
  return out;
}
