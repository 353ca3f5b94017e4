/** The pure model: schemas, validation, the query model and its URL form. No DOM, no element. */
export * from './channels.js';
export * from './contact.js';
export * from './fields.js';
export * from './field-error.js';
export * from './phone.js';
export * from './url.js';
export * from './status.js';
// Search internals (plans, tokens) serve the memory source's index; only folding is public.
export { foldText } from './search.js';
export * from './calendar.js';
export * from './validation.js';
export * from './query.js';
export {
  compareContacts,
  compileQuery,
  conditionErrors,
  matchesQuery,
  queryErrors,
  type EvaluationContext,
} from './query-eval.js';
export * from './query-url.js';
export { queryKey, sameQuery } from './query-key.js';
export * from './merge.js';
export * from './time-zone.js';
export * from './block-duration.js';
