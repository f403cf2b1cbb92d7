// addresses/*: thin handlers over the address-flag services.
import { addressFlags, flagAtAddress } from '../../actuals/address-list';
import { closeAddressFlagView, escalateAddressFlagView } from '../../actuals/requests';
import { currentUser } from '../../identity';
import type { AreaHandlers } from '../types';

export const addressesHandlers: AreaHandlers<'addresses'> = {
  'addresses/list-flags': ({ include_closed }, { store }) => addressFlags(store, include_closed ?? false),
  'addresses/get-flag': ({ address }, { store }) => flagAtAddress(store, address),
  'addresses/close-flag': ({ id, note }, { store }) => closeAddressFlagView(store, id, note, currentUser(store)),
  'addresses/escalate-flag': ({ id }, { store }) => escalateAddressFlagView(store, id),
};
