// Suggested operatives, placing a suggestion, and the week the diary opens on.
import { startWeek } from '../../diary/start-week';
import { currentUser } from '../../identity';
import { placeSuggestion, suggestFor } from '../../suggest/suggest-service';
import type { HandlerGroup } from '../types';

export const daySuggestHandlers: HandlerGroup<'diary/suggest-operatives' | 'diary/place-suggestion' | 'diary/get-start-week'> = {
  'diary/suggest-operatives': ({ ref, date }, { store }) => suggestFor(store, ref, { date }),
  'diary/place-suggestion': (input, { store }) => placeSuggestion(store, input, currentUser(store)),
  'diary/get-start-week': (_i, { store }) => startWeek(store),
};
