// Test helpers: read CSV fixtures and derive one-change variants of them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = fileURLToPath(new URL('../../../fixtures/csv/', import.meta.url));

export function fixture(path: string): string {
  return readFileSync(`${FIXTURE_DIR}${path}`, 'utf8');
}

/** Replace physical line `n` (1-based) of a CSV text. */
export function replaceLine(text: string, n: number, line: string): string {
  const lines = text.split('\n');
  lines[n - 1] = line;
  return lines.join('\n');
}

/** Build a CSV from a header and rows of already-formatted cells. */
export function csv(header: string, ...rows: string[]): string {
  return `${[header, ...rows].join('\n')}\n`;
}
