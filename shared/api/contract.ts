// The one API contract. Every name is `area/verb[-noun]` and maps to zod input and output
// schemas. Handlers, the Electron IPC adapter, the browser host and the renderer's client
// all derive their types from this object; both transports validate input against it.
import { z } from 'zod';
import { idSchema, isoDateSchema, hhmmSchema, diaryEntrySchema, absenceSchema, flagSchema, slaPolicySchema, jobStatusSchema } from '../domain/schemas';
import {
  jobViewSchema,
  operativeViewSchema,
  importResultSchema,
  historyStatusSchema,
  workspaceInfoSchema,
} from './views';

const empty = z.object({}).strict();
const dependencyRow = z.object({ pred_ref: z.string(), succ_ref: z.string(), lag_min: z.number().int() });
export const CSV_KINDS = ['operatives', 'jobs', 'absences', 'flags', 'diary'] as const;
const MAX_CSV_CHARS = 50_000_000;
const csvText = z.string().max(MAX_CSV_CHARS, 'CSV text over 50 MB');

export const contract = {
  'workspace/get-info': { input: empty, output: workspaceInfoSchema },

  'jobs/list': {
    input: z.object({ status: z.array(jobStatusSchema).optional() }).strict(),
    output: z.array(jobViewSchema),
  },
  'jobs/get': { input: z.object({ ref: idSchema }).strict(), output: jobViewSchema },

  'operatives/list': { input: empty, output: z.array(operativeViewSchema) },
  'absences/list': { input: empty, output: z.array(absenceSchema) },
  'flags/list': { input: empty, output: z.array(flagSchema) },
  'dependencies/list': { input: empty, output: z.array(dependencyRow) },

  'diary/list': {
    input: z.object({ from: isoDateSchema, to: isoDateSchema }).strict(),
    output: z.array(diaryEntrySchema),
  },
  'diary/assign-job': {
    input: z
      .object({
        ref: idSchema,
        operative_id: idSchema,
        date: isoDateSchema,
        start: hhmmSchema.nullable().optional(),
        pinned: z.boolean().optional(),
      })
      .strict(),
    output: diaryEntrySchema,
  },
  'diary/unassign-job': { input: z.object({ ref: idSchema }).strict(), output: z.object({ ref: z.string() }) },

  'import/run-csv': {
    input: z
      .object({
        operatives: csvText.optional(),
        jobs: csvText.optional(),
        absences: csvText.optional(),
        flags: csvText.optional(),
      })
      .strict()
      .refine((v) => Object.values(v).some((t) => t !== undefined), 'give at least one CSV file'),
    output: importResultSchema,
  },
  'export/run-csv': {
    input: z.object({ what: z.enum(CSV_KINDS) }).strict(),
    output: z.object({ csv: z.string(), rows: z.number().int() }),
  },

  'history/get-status': { input: empty, output: historyStatusSchema },
  'history/undo': { input: empty, output: historyStatusSchema },
  'history/redo': { input: empty, output: historyStatusSchema },

  'sla/get-policy': { input: empty, output: slaPolicySchema },
  'sla/set-policy': { input: slaPolicySchema, output: slaPolicySchema },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type ContractName = keyof Contract;
export type ApiInput<N extends ContractName> = z.input<Contract[N]['input']>;
export type ApiParsedInput<N extends ContractName> = z.output<Contract[N]['input']>;
export type ApiOutput<N extends ContractName> = z.output<Contract[N]['output']>;

export const CONTRACT_NAMES = Object.keys(contract) as ContractName[];
const NAME_SET: ReadonlySet<string> = new Set(CONTRACT_NAMES);

export function isContractName(name: unknown): name is ContractName {
  return typeof name === 'string' && NAME_SET.has(name);
}
