/**
 * Entry point `contact-elements/sources/chatwoot.js`: the source for Chatwoot's Application
 * API (an account id and an access token). Registers no element.
 */
export { ChatwootContactSource, type ChatwootSourceOptions } from './chatwoot/chatwoot-source.js';
export type { ChannelOf } from './chatwoot/mapping.js';
export type { HeadersOption, RetryPolicy } from './rest/http.js';
