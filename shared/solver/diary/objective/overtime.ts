// Back after shift end is allowed up to the overtime allowance (the shift-hours rule blocks
// beyond it) and costs per minute, so the search uses it only when it pays.
import { perMinuteTerm } from './term';

export const overtimeTerm = perMinuteTerm(
  'overtime',
  'Overtime',
  'Per minute back home after shift end (within the overtime allowance).',
  (w) => w.overtimePerMin,
);
