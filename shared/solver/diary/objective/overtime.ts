// Back after shift end is allowed up to the overtime allowance (the shift-hours rule blocks
// beyond it) and costs per minute, so the search uses it only when it pays.
import { defineTerm } from './term';

export const overtimeTerm = defineTerm({
  id: 'overtime',
  name: 'Overtime',
  description: 'Per minute back home after shift end (within the overtime allowance).',
  scope: 'overtime',
  weight: (w) => w.overtimePerMin,
  cost: ({ minutes }, w) => minutes * w.overtimePerMin,
});
