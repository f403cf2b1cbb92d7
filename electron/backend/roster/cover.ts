// Emergency cover rules (which trades need how many on call each day), kept in settings.
import { ApiError } from '../../../shared/api/errors';
import { COVER_SETTINGS_KEY } from '../../../shared/coverage';
import type { CoverSettings } from '../../../shared/roster';
import type { Store } from '../store/store';

export function coverOf(store: Store): CoverSettings {
  return store.read.setting<CoverSettings>(COVER_SETTINGS_KEY) ?? { rules: [] };
}

export function setCover(store: Store, cover: CoverSettings): CoverSettings {
  const seen = new Set<string>();
  for (const r of cover.rules) {
    if (seen.has(r.trade)) throw new ApiError('VALIDATION', `${r.trade} is listed twice in the cover rules`);
    seen.add(r.trade);
  }
  const text = cover.rules.map((r) => `${r.min} ${r.trade}`).join(', ') || 'none';
  store.history.mutate(`Emergency cover: ${text}`, (rec) => rec.put('settings', { key: COVER_SETTINGS_KEY, value: JSON.stringify(cover) }));
  return cover;
}
