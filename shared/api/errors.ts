// The error envelope every transport returns. Codes are stable: the UI and CLI switch on them.
export const API_ERROR_CODES = [
  'VALIDATION', // input failed the contract's zod schema; nothing changed
  'UNKNOWN_API', // name is not in the contract
  'NOT_FOUND', // a referenced job/operative/etc. does not exist
  'CONFLICT', // the request clashes with current state (stale card, duplicate, cycle)
  'RULE_VIOLATION', // a hard planning rule blocks the change
  'FORBIDDEN', // transport-level refusal (wrong sender, token, origin)
  'UNAVAILABLE', // the workspace cannot take the change now (opened read-only, disk full, damaged); nothing changed
  'INTERNAL', // a bug: reported, nothing committed
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiIssue {
  path: string;
  message: string;
}
export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  issues?: ApiIssue[];
  /** Extra structured detail, e.g. CSV row errors or rule violations. */
  details?: unknown;
}
export type ApiResponse<T = unknown> = { ok: true; result: T } | { ok: false; error: ApiErrorBody };

/** Thrown by handlers; the dispatcher turns it into an error envelope. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiErrorBody(x: unknown): x is ApiErrorBody {
  return (
    typeof x === 'object' && x !== null && typeof (x as ApiErrorBody).code === 'string' && typeof (x as ApiErrorBody).message === 'string'
  );
}
