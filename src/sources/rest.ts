/**
 * Entry point `contact-elements/sources/rest.js`: the source for the project's own REST API
 * (`api/openapi.yaml`). Registers no element.
 */
export { RestContactSource, type RestSourceOptions } from './rest/rest-source.js';
export type { HeadersOption, RetryPolicy } from './rest/http.js';
