export function sourceHash(root: string, inputs: readonly string[]): string;
export function readStamp(stamp: string): string | null;
export function writeStamp(stamp: string, hash: string): void;
