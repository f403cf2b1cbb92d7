// Types for eslint.layers.js, so tests can read the ladder they check.
export declare const SHARED_LADDER: string[][];
export declare const SHARED_ZONES: { target: string; from: string[]; message: string }[];
export declare const BACKEND_ZONES: { target: string | string[]; from: string | string[]; except?: string[]; message: string }[];
