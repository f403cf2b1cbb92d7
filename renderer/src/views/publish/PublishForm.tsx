// Publish options and the button: output folder, zip, the override reason when checks block,
// and the signing key's passphrase when this process has none. The passphrase lives only in
// this component's state, is sent once with the request and is cleared afterwards.
import { useState, type FormEvent } from 'react';
import type { ApiOutput } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { useDataVersion } from '../../hooks/useDataVersion';

const MIN_PASSPHRASE = 8;

interface Props {
  range: { from: string; to: string };
  check: ApiOutput<'packs/check'> | undefined;
  keyInfo: ApiOutput<'packs/get-key'> | undefined;
}

export function PublishForm({ range, check, keyInfo }: Props) {
  const { announce } = useStatus();
  const { invalidate } = useDataVersion();
  const [outDir, setOutDir] = useState('');
  const [zip, setZip] = useState(true);
  const [reason, setReason] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const { busy, run } = useAction();

  const blocking = check?.blocking ?? 0;
  const newKey = keyInfo ? !keyInfo.exists : false;
  const askPassphrase = keyInfo?.needs_passphrase ?? false;
  const problems = [
    !check || check.problem ? 'choose a range with placed jobs' : null,
    blocking > 0 && reason.trim().length < 3 ? 'give an override reason for the blocking checks' : null,
    askPassphrase && newKey && passphrase.length < MIN_PASSPHRASE ? `choose a passphrase of at least ${MIN_PASSPHRASE} characters` : null,
    askPassphrase && newKey && passphrase !== again ? 'type the same passphrase twice' : null,
    askPassphrase && !newKey && passphrase === '' ? 'enter the signing key passphrase' : null,
  ].filter((p): p is string => p !== null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (problems.length > 0 || busy) return;
    await run(async () => {
      const r = await api('packs/publish', {
        ...range,
        zip,
        ...(outDir.trim() ? { out_dir: outDir.trim() } : {}),
        ...(blocking > 0 ? { override_reason: reason.trim() } : {}),
        ...(askPassphrase ? { passphrase } : {}),
      });
      announce(`Published version ${r.version}: ${r.jobs} visits, ${r.files} files, signed with key ${r.key_id}, in ${r.path}`, 'success');
      setReason('');
      invalidate();
    });
    setPassphrase('');
    setAgain('');
  };

  return (
    <form className="publish-form" onSubmit={(e) => void submit(e)} aria-label="Publish options">
      {blocking > 0 && (
        <label className="publish-field">
          Override reason (recorded in the pack for every blocking check)
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={500} />
        </label>
      )}
      <label className="publish-field">
        Output folder <span className="muted">(default: the packs folder under PLANWRIGHT_HOME)</span>
        <input
          type="text"
          value={outDir}
          onChange={(e) => setOutDir(e.target.value)}
          placeholder="Default packs folder"
          spellCheck={false}
        />
      </label>
      <label className="publish-check">
        <input type="checkbox" checked={zip} onChange={(e) => setZip(e.target.checked)} /> Also write a .zip of the pack
      </label>
      {askPassphrase && (
        <label className="publish-field">
          {newKey ? 'Choose a passphrase for the new signing key' : 'Signing key passphrase'}
          <input
            type="password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            autoComplete={newKey ? 'new-password' : 'current-password'}
          />
        </label>
      )}
      {askPassphrase && newKey && (
        <label className="publish-field">
          Type the passphrase again
          <input type="password" value={again} onChange={(e) => setAgain(e.target.value)} autoComplete="new-password" />
        </label>
      )}
      <div className="publish-actions">
        <button type="submit" className="primary" disabled={busy || problems.length > 0}>
          {busy ? 'Publishing…' : `Publish version ${check?.next_version ?? ''}`.trim()}
        </button>
        {problems.length > 0 && check && !check.problem && <span className="muted">To publish: {problems.join('; ')}.</span>}
      </div>
    </form>
  );
}
