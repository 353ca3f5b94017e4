/**
 * contact-elements: the whole library. Importing this registers every element; import
 * `contact-elements/<tag>.js` to register one, or `contact-elements/sources/*.js` and
 * `contact-elements/model.js` for data without any element.
 */
export * from './model/index.js';
export * from './sources/index.js';
export { setContactLocale, getContactLocale, allLocales } from './i18n/localization.js';
export { CONTACT_TOKENS } from './styles/tokens.js';
export { contactSourceContext } from './controllers/source-context.js';
export { SourceController, provideContactSource, type SourceControllerOptions } from './controllers/source-controller.js';
export { MutationController, type MutationResult } from './controllers/mutation-controller.js';
export {
  PanelController,
  contactPanelContext,
  type ContactPanelState,
  type PanelControllerOptions,
} from './controllers/panel-context.js';
export { ContextFollower } from './controllers/context-follower.js';
export { ContactSubjectController, type ContactSubjectHost } from './controllers/contact-subject.js';
export { ClockController } from './controllers/clock-controller.js';
export * from './contact-source-provider.js';
export * from './contact-filter.js';
export * from './contact-list.js';
export * from './contact-dialog.js';
export * from './block-dialog.js';
export * from './merge-dialog.js';
export * from './contact-labels.js';
export * from './contact-notes.js';
export * from './contact-conversations.js';
export * from './contact-card.js';
// Types only: the event details, and (through this import) the typed global event map.
export type * from './elements/events.js';
