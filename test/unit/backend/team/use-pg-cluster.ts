// One PostgreSQL cluster per test file: started before its tests, stopped after them; each test
// asks it for a new, empty database. (Vitest only: the Playwright spec starts its own cluster.)
import { afterAll, beforeAll } from 'vitest';
import { startPgCluster, type PgCluster } from './pg-cluster';

export function usePgCluster(): Pick<PgCluster, 'newDatabase'> {
  let cluster: PgCluster | undefined;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 90_000);
  afterAll(async () => {
    await cluster?.stop();
  });
  return {
    newDatabase(name) {
      if (!cluster) throw new Error('the PostgreSQL cluster has not started (usePgCluster() must be called at the top of the file)');
      return cluster.newDatabase(name);
    },
  };
}
