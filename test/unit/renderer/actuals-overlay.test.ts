// The diary's actuals overlay: each unscheduled job is drawn once (Rebooking or tray), in queue
// order, and flags are found by address whatever its spelling.
import { describe, expect, it } from 'vitest';
import type { JobView } from '../../../shared/api/views';
import {
  buildOverlay,
  flagFor,
  rebookText,
  splitUnscheduled,
  type AddressFlag,
  type RebookingItem,
} from '../../../renderer/src/views/diary/rebooking/actualsOverlay';

const job = (ref: string, address = `${ref} Street`) => ({ ref, address }) as JobView;
const item = (ref: string, over: Partial<RebookingItem> = {}) =>
  ({ ref, outcome: 'NO_ACCESS', attempts: 1, follow_on_of: null, deadline: null, ...over }) as RebookingItem;
const flag = (address: string, state: 'open' | 'closed' = 'open') =>
  ({
    address,
    address_key: address
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim(),
    state,
  }) as AddressFlag;

describe('actuals overlay', () => {
  it('splits the unscheduled jobs between Rebooking (in queue order) and the tray, never both', () => {
    const jobs = [job('A'), job('B'), job('C'), job('D')];
    const overlay = buildOverlay([item('C'), item('A'), item('Z')], []);
    const { rebook, tray } = splitUnscheduled(jobs, overlay);
    expect(rebook.map((j) => j.ref)).toEqual(['C', 'A']); // Z is placed: not in the unscheduled list
    expect(tray.map((j) => j.ref)).toEqual(['B', 'D']);
    expect(splitUnscheduled(jobs, buildOverlay([], [])).tray).toBe(jobs);
  });

  it('finds an open flag by address key, ignoring closed flags', () => {
    const overlay = buildOverlay([], [flag('4 Brick Row, Leeds LS6 1AA'), flag('9 Gas Street', 'closed')]);
    expect(flagFor(overlay, { address: '4 brick row  leeds ls6 1aa' })?.address).toBe('4 Brick Row, Leeds LS6 1AA');
    expect(flagFor(overlay, { address: '9 Gas Street' })).toBeUndefined();
  });

  it('words the badge with the attempt count, or as a follow-on', () => {
    expect(rebookText(item('A', { attempts: 2 }))).toBe('Rebook · 2 attempts');
    expect(rebookText(item('A-F1', { outcome: 'FURTHER_WORK', attempts: 0, follow_on_of: 'A' }))).toBe('Rebook · follow-on of A');
  });
});
