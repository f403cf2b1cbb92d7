// addresses/*: thin handlers over the address-flag services.
import { addressFlags, flagAtAddress } from '../../actuals/address-list';
import { closeAddressFlag, escalateAddressFlag } from '../../actuals/address-flags';
import { currentUser } from '../../identity';
import type { HandlerGroup } from '../types';

type AddressesApi = 'addresses/list-flags' | 'addresses/get-flag' | 'addresses/close-flag' | 'addresses/escalate-flag';

export const addressesHandlers: HandlerGroup<AddressesApi> = {
  'addresses/list-flags': ({ include_closed }, { store }) => addressFlags(store, include_closed ?? false),
  'addresses/get-flag': ({ address }, { store }) => flagAtAddress(store, address),
  'addresses/close-flag': ({ id, note }, { store }) => {
    const f = closeAddressFlag(store, id, note, currentUser(store));
    return addressFlags(store, true).find((v) => v.id === f.id)!;
  },
  'addresses/escalate-flag': ({ id }, { store }) => {
    escalateAddressFlag(store, id);
    return addressFlags(store, false).find((v) => v.id === id)!;
  },
};
