// What the app shows about the signing key: its id, how it is protected, and whether a
// publish from this process will need a passphrase typed in.
import { PASSPHRASE_KIND } from './passphrase-protector';
import { publicKeyText, readSigningKey } from './signing-key';
import type { KeyAccess } from './key-access';

export interface SigningKeyView {
  exists: boolean;
  key_id: string | null;
  created_at: string | null;
  protection: string | null;
  public_key: string | null;
  public_key_path: string | null;
  needs_passphrase: boolean;
  warning: string | null;
}

export function signingKeyView(home: string, access: KeyAccess): SigningKeyView {
  let info;
  try {
    info = readSigningKey(home);
  } catch (e) {
    return {
      exists: true,
      key_id: null,
      created_at: null,
      protection: null,
      public_key: null,
      public_key_path: null,
      needs_passphrase: false,
      warning: (e as Error).message,
    };
  }
  const warning = access.desktop?.warning ?? null;
  if (!info) {
    return {
      exists: false,
      key_id: null,
      created_at: null,
      protection: null,
      public_key: null,
      public_key_path: null,
      needs_passphrase: !access.desktop && !access.passphrase,
      warning,
    };
  }
  return {
    exists: true,
    key_id: info.keyIdText,
    created_at: info.createdAt,
    protection: info.protection,
    public_key: publicKeyText(info),
    public_key_path: info.publicFile,
    needs_passphrase: info.protection === PASSPHRASE_KIND && !access.passphrase,
    warning: info.protection === access.desktop?.kind ? warning : null,
  };
}
