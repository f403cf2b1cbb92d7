// The good CSV fixture (test/fixtures/csv/good): operatives, jobs, absences and flags imported into
// a test's workspace through the real CLI.
import path from 'node:path';
import type { WorkspaceFixture } from './fixtures';

const GOOD = path.resolve('test/fixtures/csv/good');

export function importGood(workspace: Pick<WorkspaceFixture, 'cli'>): void {
  const files = ['operatives', 'jobs', 'absences', 'flags'];
  workspace.cli(['import', ...files.flatMap((f) => [`--${f}`, `${GOOD}/${f}.csv`])]);
}
