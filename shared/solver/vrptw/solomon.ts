// Solomon (1987) VRPTW text format: name; VEHICLE block (NUMBER CAPACITY); CUSTOMER block with
// rows CUST NO., XCOORD., YCOORD., DEMAND, READY TIME, DUE DATE, SERVICE TIME; row 0 is the
// depot. Parsing is strict: every bad number is reported with its line and column.
import type { VrptwProblem } from './problem';

export interface SolomonNode {
  id: number;
  x: number;
  y: number;
  demand: number;
  ready: number;
  due: number;
  service: number;
}

export interface SolomonInstance {
  name: string;
  vehicles: number;
  capacity: number;
  depot: SolomonNode;
  /** Customers 1..n in file order; customers[i].id === i + 1. */
  customers: SolomonNode[];
}

export class SolomonParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(column > 0 ? `line ${line}, column ${column}: ${message}` : `line ${line}: ${message}`);
    this.name = 'SolomonParseError';
  }
}

const COLUMNS = ['CUST NO.', 'XCOORD.', 'YCOORD.', 'DEMAND', 'READY TIME', 'DUE DATE', 'SERVICE TIME'] as const;
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

interface Field {
  text: string;
  column: number;
}

function fieldsOf(line: string): Field[] {
  const out: Field[] = [];
  const re = /\S+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ text: m[0], column: m.index + 1 });
  return out;
}

function numberAt(f: Field, lineNo: number, what: string): number {
  const n = Number(f.text);
  if (!NUMBER_RE.test(f.text) || !Number.isFinite(n)) {
    throw new SolomonParseError(`${what} must be a number, got "${f.text}"`, lineNo, f.column);
  }
  return n;
}

/** Parses the text of a Solomon instance (LF or CRLF). */
export function parseSolomon(text: string): SolomonInstance {
  const lines = text.split(/\r?\n/);
  let i = 0;
  const skipBlank = (): void => {
    while (i < lines.length && lines[i]!.trim() === '') i++;
  };
  const expectKeyword = (word: string): void => {
    skipBlank();
    if (i >= lines.length) throw new SolomonParseError(`expected "${word}", found the end of the file`, lines.length, 0);
    if (lines[i]!.trim().toUpperCase() !== word) throw new SolomonParseError(`expected "${word}", found "${lines[i]!.trim()}"`, i + 1, 1);
    i++;
  };

  skipBlank();
  if (i >= lines.length) throw new SolomonParseError('the file is empty', 1, 0);
  const name = lines[i]!.trim();
  i++;

  expectKeyword('VEHICLE');
  skipBlank();
  if (i < lines.length && /^[A-Za-z]/.test(lines[i]!.trim())) i++; // "NUMBER CAPACITY" header
  skipBlank();
  if (i >= lines.length) throw new SolomonParseError('expected the vehicle NUMBER and CAPACITY', lines.length, 0);
  const vf = fieldsOf(lines[i]!);
  if (vf.length !== 2) throw new SolomonParseError(`expected 2 values (NUMBER CAPACITY), found ${vf.length}`, i + 1, vf[0]?.column ?? 0);
  const vehicles = numberAt(vf[0]!, i + 1, 'NUMBER');
  const capacity = numberAt(vf[1]!, i + 1, 'CAPACITY');
  if (!Number.isInteger(vehicles) || vehicles < 1)
    throw new SolomonParseError(`NUMBER of vehicles must be a whole number ≥ 1, got ${vf[0]!.text}`, i + 1, vf[0]!.column);
  if (!(capacity > 0)) throw new SolomonParseError(`CAPACITY must be positive, got ${vf[1]!.text}`, i + 1, vf[1]!.column);
  i++;

  expectKeyword('CUSTOMER');
  skipBlank();
  if (i < lines.length && /^[A-Za-z]/.test(lines[i]!.trim())) i++; // column header

  const nodes: SolomonNode[] = [];
  for (; i < lines.length; i++) {
    const f = fieldsOf(lines[i]!);
    if (f.length === 0) continue;
    const lineNo = i + 1;
    if (f.length !== COLUMNS.length) {
      const at = f.length > COLUMNS.length ? f[COLUMNS.length]!.column : f[f.length - 1]!.column + f[f.length - 1]!.text.length;
      throw new SolomonParseError(`expected ${COLUMNS.length} values (${COLUMNS.join(', ')}), found ${f.length}`, lineNo, at);
    }
    const v = f.map((fi, c) => numberAt(fi, lineNo, COLUMNS[c]!));
    const [id, x, y, demand, ready, due, service] = v as [number, number, number, number, number, number, number];
    const bad = (c: number, msg: string): never => {
      throw new SolomonParseError(msg, lineNo, f[c]!.column);
    };
    if (id !== nodes.length) bad(0, `CUST NO. should be ${nodes.length} (rows are numbered from 0, the depot), got ${f[0]!.text}`);
    if (demand < 0) bad(3, `DEMAND must not be negative, got ${f[3]!.text}`);
    if (ready < 0) bad(4, `READY TIME must not be negative, got ${f[4]!.text}`);
    if (due < ready) bad(5, `DUE DATE ${f[5]!.text} is before READY TIME ${f[4]!.text}`);
    if (service < 0) bad(6, `SERVICE TIME must not be negative, got ${f[6]!.text}`);
    nodes.push({ id, x, y, demand, ready, due, service });
  }
  if (nodes.length === 0) throw new SolomonParseError('the CUSTOMER block has no rows (not even the depot)', lines.length, 0);
  const [depot, ...customers] = nodes as [SolomonNode, ...SolomonNode[]];
  return { name, vehicles, capacity, depot, customers };
}

/** Travel distance and time in tenths, truncated as the benchmark convention says: floor(10·d). */
export function tenths(a: SolomonNode, b: SolomonNode): number {
  return Math.floor(10 * Math.hypot(a.x - b.x, a.y - b.y));
}

/** Scale of solomonProblem's numbers: all times and distances are in tenths, so sums are exact. */
export const SOLOMON_SCALE = 10;

/** The engine problem: location 0 the depot, job j = customer j + 1; times and distances × 10. */
export function solomonProblem(inst: SolomonInstance): VrptwProblem {
  const all = [inst.depot, ...inst.customers];
  const nLoc = all.length;
  const n = inst.customers.length;
  const dist = new Float64Array(nLoc * nLoc);
  for (let a = 0; a < nLoc; a++) for (let b = 0; b < nLoc; b++) dist[a * nLoc + b] = a === b ? 0 : tenths(all[a]!, all[b]!);
  const S = SOLOMON_SCALE;
  const k = inst.vehicles;
  const fill = (v: number): Float64Array => new Float64Array(k).fill(v);
  return {
    nLoc,
    dist,
    time: dist,
    x: Float64Array.from(all, (c) => c.x),
    y: Float64Array.from(all, (c) => c.y),
    nJobs: n,
    jobLoc: Int32Array.from({ length: n }, (_, j) => j + 1),
    ready: Float64Array.from(inst.customers, (c) => c.ready * S),
    due: Float64Array.from(inst.customers, (c) => c.due * S),
    service: Float64Array.from(inst.customers, (c) => c.service * S),
    demand: Float64Array.from(inst.customers, (c) => c.demand),
    nVehicles: k,
    startLoc: new Int32Array(k),
    endLoc: new Int32Array(k),
    departEarliest: fill(inst.depot.ready * S),
    departLatest: fill(inst.depot.due * S),
    returnLatest: fill(inst.depot.due * S),
    capacity: fill(inst.capacity),
  };
}
