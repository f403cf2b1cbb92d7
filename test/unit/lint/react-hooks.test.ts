// Proves the React hooks rules in eslint.config.js's renderer block fire on deliberate violations
// (through ESLint's own Node API), so a config edit that drops them fails CI.
import { describe, expect, it } from 'vitest';
import { lintAt, ruleIds } from './untyped-eslint';

const CONDITIONAL_HOOK = `import { useState } from 'react';
export function Counter({ on }: { on: boolean }) {
  if (!on) return null;
  const [n, setN] = useState(0);
  return <button onClick={() => setN(n + 1)}>{n}</button>;
}
`;

const MISSING_DEP = `import { useEffect } from 'react';
export function Title({ name }: { name: string }) {
  useEffect(() => {
    document.title = name;
  }, []);
  return null;
}
`;

const RESOURCE_MISSING_DEP = `import { useResource } from '../../hooks/useResource';
declare function load(ref: string): Promise<string>;
export function Job({ jobRef }: { jobRef: string }) {
  const job = useResource(() => load(jobRef), []);
  return <p>{job.data}</p>;
}
`;

const CLEAN = `import { useEffect, useState } from 'react';
export function Title({ name }: { name: string }) {
  const [seen, setSeen] = useState(0);
  useEffect(() => {
    document.title = name;
    setSeen((n) => n + 1);
  }, [name]);
  return <p>{seen}</p>;
}
`;

describe('React hooks lint rules (renderer)', () => {
  it('rejects a hook called after an early return (rules-of-hooks)', async () => {
    expect(await ruleIds('renderer/src/views/__violation.tsx', CONDITIONAL_HOOK)).toEqual(['react-hooks/rules-of-hooks']);
  });

  it('rejects an effect that does not list what it reads (exhaustive-deps)', async () => {
    expect(await ruleIds('renderer/src/views/__violation.tsx', MISSING_DEP)).toEqual(['react-hooks/exhaustive-deps']);
  });

  it("checks useResource's deps like an effect's", async () => {
    expect(await ruleIds('renderer/src/views/x/__violation.tsx', RESOURCE_MISSING_DEP)).toEqual(['react-hooks/exhaustive-deps']);
  });

  it('passes a component that follows both rules', async () => {
    expect(await ruleIds('renderer/src/views/__clean.tsx', CLEAN)).toEqual([]);
  });

  it('names the missing dependency in the message', async () => {
    const result = await lintAt('renderer/src/views/__violation.tsx', MISSING_DEP);
    expect(result?.messages[0]?.message).toMatch(/missing dependency: 'name'/);
  });
});
