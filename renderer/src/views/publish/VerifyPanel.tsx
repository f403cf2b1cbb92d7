// Verify a pack given to this workstation (e.g. returned by operations), exactly as the CLI
// does: signature, every file's hash, nothing missing or extra. One line says the outcome,
// shown here and announced in the app's status region.
import { useState, type FormEvent } from 'react';
import type { ApiOutput } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';

export function VerifyPanel({ keyId }: { keyId: string | null }) {
  const { announce } = useStatus();
  const [packPath, setPackPath] = useState('');
  const [pubkey, setPubkey] = useState('');
  const [result, setResult] = useState<ApiOutput<'packs/verify'> | null>(null);
  const { busy, run } = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    await run(async () => {
      const r = await api('packs/verify', { path: packPath.trim(), ...(pubkey.trim() ? { pubkey_path: pubkey.trim() } : {}) });
      setResult(r);
      announce(r.ok ? r.message : `Verification failed: ${r.message}`, r.ok ? 'success' : 'error');
    });
  };

  return (
    <form className="publish-form" onSubmit={(e) => void submit(e)} aria-label="Verify a pack">
      <label className="publish-field">
        Pack folder or .zip
        <input type="text" value={packPath} onChange={(e) => setPackPath(e.target.value)} spellCheck={false} required />
      </label>
      <label className="publish-field">
        Public key file <span className="muted">(default: this workstation's key{keyId ? ` ${keyId}` : ''})</span>
        <input type="text" value={pubkey} onChange={(e) => setPubkey(e.target.value)} spellCheck={false} />
      </label>
      <div className="publish-actions">
        <button type="submit" disabled={busy || packPath.trim() === ''}>
          {busy ? 'Verifying…' : 'Verify'}
        </button>
      </div>
      {result && (
        <p className="publish-verify-result" data-ok={String(result.ok)} aria-label="Verification result">
          {`${result.ok ? '✓' : '✗'} ${result.message}`}
        </p>
      )}
    </form>
  );
}
