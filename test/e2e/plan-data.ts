// The small dependency/matrix data set (test/fixtures/csv/plan) loaded through the real CLI.
import path from 'node:path';
import type { WorkspaceFixture } from './fixtures';

const PLAN = path.resolve('test/fixtures/csv/plan');

export function importPlan(workspace: WorkspaceFixture): void {
  workspace.cli(['import', '--operatives', path.join(PLAN, 'operatives.csv'), '--jobs', path.join(PLAN, 'jobs.csv')]);
}
