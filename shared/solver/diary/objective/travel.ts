// Every minute on the road costs the same; travel is what the search mostly trades.
import { perMinuteTerm } from './term';

export const travelTerm = perMinuteTerm('travel', 'Travel', 'Per minute driven between home and jobs.', (w) => w.travelPerMin);
