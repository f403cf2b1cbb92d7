// Every minute on the road costs the same; travel is what the search mostly trades.
import { defineTerm } from './term';

export const travelTerm = defineTerm({
  id: 'travel',
  name: 'Travel',
  description: 'Per minute driven between home and jobs.',
  scope: 'travel',
  weight: (w) => w.travelPerMin,
  cost: ({ minutes }, w) => minutes * w.travelPerMin,
});
