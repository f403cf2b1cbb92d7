// Suggested operatives for a job: ranking and the "cannot" summary.
export {
  compareSuggestions,
  suggestOperatives,
  type CannotTake,
  type SuggestOptions,
  type SuggestResult,
  type Suggestion,
} from './suggest';
export { summariseCannot, summaryLine, type CannotGroup } from './summary';
