// Public API of the SLA clock.
export { END_OF_WORKING_DAY, isBreached, slaDeadline, slaMinutesLeft, slaTargetFor } from './deadline';
export { localToInstant, londonOffsetMinutes, parseInstant, toLocal } from './local-time';
