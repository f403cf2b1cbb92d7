// diary/*: the board, rule-checked moves, pins, the override log, blocked placements (back to the
// tray or re-planned), suggested operatives and the week the diary opens on.
import { startWeek } from '../../diary/start-week';
import { replanJobs, sendBackToTray } from '../../editing/replan';
import { currentUser } from '../../identity';
import { boardData } from '../../planning/board';
import { moveJob, moveJobs } from '../../planning/moves';
import { assignJob, checkPlacement, diaryBetween, pinJob, unassignJob } from '../../planning/requests';
import { runView } from '../../scheduling/runs';
import { listOverrides } from '../../store/journal';
import { placeSuggestion, suggestFor } from '../../suggest/suggest-service';
import { suggestForDraft } from '../../suggest/suggest-draft';
import { warmUpSuggestions } from '../../suggest/warm-up';
import type { AreaHandlers } from '../types';

export const diaryHandlers: AreaHandlers<'diary'> = {
  'diary/list': ({ from, to }, { store }) => diaryBetween(store, from, to),
  'diary/get-board': ({ from, to }, { store }) => {
    const board = boardData(store, from, to);
    // The app opens on the board: build what the first suggestion needs while the planner reads it.
    void warmUpSuggestions(store);
    return board;
  },
  'diary/check-placement': ({ ref, to }, { store }) => checkPlacement(store, ref, to),
  'diary/move-job': (input, { store }) => moveJob(store, input, currentUser(store)),
  'diary/move-jobs': ({ moves, to, override_reason }, { store }) => moveJobs(store, moves, to, override_reason, currentUser(store)),
  'diary/pin-job': ({ ref, pinned }, { store }) => pinJob(store, ref, pinned, currentUser(store)),
  'diary/list-overrides': (_i, { store }) => listOverrides(store),
  'diary/assign-job': (input, { store }) => assignJob(store, input, currentUser(store)),
  'diary/unassign-job': ({ ref }, { store }) => unassignJob(store, ref, currentUser(store)),
  'diary/return-to-tray': ({ refs }, { store }) => sendBackToTray(store, refs, currentUser(store)),
  'diary/replan-jobs': ({ refs, time_limit_ms }, { store }) => runView(replanJobs(store, refs, time_limit_ms)),
  'diary/suggest-operatives': ({ ref, date }, { store }) => suggestFor(store, ref, { date }),
  'diary/suggest-for-draft': ({ fields, date }, { store }) => suggestForDraft(store, fields, date),
  'diary/place-suggestion': (input, { store }) => placeSuggestion(store, input, currentUser(store)),
  'diary/get-start-week': (_i, { store }) => startWeek(store),
};
