// print/*: printable day sheets (PDF bytes as base64).
import { daySheetsAsBase64 } from '../../print/day-sheets';
import type { AreaHandlers } from '../types';

export const printHandlers: AreaHandlers<'print'> = {
  'print/create-day-sheets': ({ date, operative_ids }, { store }) => daySheetsAsBase64(store, date, operative_ids),
};
