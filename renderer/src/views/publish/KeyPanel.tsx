// The signing key in the header strip: its id (as minisign shows it), how it is protected,
// any warning, and the public key to hand to operations.
import { useMemo } from 'react';
import type { ApiOutput } from '../../../../shared/api/contract';
import { Chip } from '../../components/Chip';

type KeyInfo = ApiOutput<'packs/get-key'>;

export function KeyPanel({ keyInfo }: { keyInfo: KeyInfo | undefined }) {
  const href = useMemo(
    () => (keyInfo?.public_key ? `data:text/plain;charset=utf-8,${encodeURIComponent(keyInfo.public_key)}` : null),
    [keyInfo?.public_key],
  );
  if (!keyInfo) return null;
  return (
    <div className="publish-key" aria-label="Signing key">
      {keyInfo.key_id ? (
        <>
          <span>
            Signing key{' '}
            <span className="mono" data-testid="key-id">
              {keyInfo.key_id}
            </span>
          </span>
          <Chip tone="muted">{keyInfo.protection === 'passphrase' ? 'passphrase' : 'OS keychain'}</Chip>
          {href && (
            <a href={href} download="planwright.pub" title={keyInfo.public_key_path ?? undefined}>
              Download public key
            </a>
          )}
        </>
      ) : (
        <span className="muted">No signing key yet: it is created when you first publish.</span>
      )}
      {keyInfo.warning && (
        <Chip tone="warning" title={keyInfo.warning}>
          {keyInfo.warning}
        </Chip>
      )}
    </div>
  );
}
