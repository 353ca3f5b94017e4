/**
 * The REST API of `api/openapi.yaml` over a `ContactSource`, independent of any HTTP server:
 * a request in, an answer (status and JSON body) out. `ContactServer` serves it over
 * `node:http`; Storybook serves the same code through an in-page `fetch`
 * (`stories/support/in-page-api.ts`), so the failure stories run the real client against the
 * real API, not a stand-in.
 */
import * as z from 'zod/mini';
import { queryFromSearchParams } from '../../src/model/query-url.js';
import { SourceError, toSourceError } from '../../src/sources/errors.js';
import type { MemoryContactSource } from '../../src/sources/memory/memory-source.js';
import type { FieldChoices } from '../../src/sources/source.js';
import { STATUS_OF_KIND, queryWire, type ProblemDetails } from '../../src/sources/rest/wire.js';

export interface ApiRequest {
  readonly method: string;
  /** Relative to the API root: `/contacts/c01`. */
  readonly path: string;
  /** The whole URL (its search params carry the query and paging). */
  readonly url: URL;
  /** The parsed JSON body, if any. */
  readonly body: unknown;
  readonly signal: AbortSignal;
}

/** What the API answers: a status and a JSON body (none for 204; a problem for 4xx and 5xx). */
export interface ApiAnswer {
  readonly status: number;
  readonly body?: unknown;
  /** Seconds, sent as `Retry-After`. */
  readonly retryAfter?: number;
}

interface Route {
  readonly method: string;
  /** As in api/openapi.yaml: `/contacts/{contactId}`. */
  readonly template: string;
  readonly pattern: RegExp;
  readonly handle: (request: ApiRequest, ...params: string[]) => Promise<ApiAnswer>;
}

const ok = (body: unknown): ApiAnswer => ({ status: 200, body });
const created = (body: unknown): ApiAnswer => ({ status: 201, body });
const noContent: ApiAnswer = { status: 204 };

const blockBody = z.object({
  until: z.nullable(z.iso.datetime({ offset: true })),
  reason: z.optional(z.string()),
});
const mergeBody = z.object({
  secondaryId: z.string(),
  choices: z.optional(z.record(z.string(), z.enum(['primary', 'secondary']))),
});
const labelsBody = z.object({ labels: z.array(z.string()) });
const noteBody = z.object({ text: z.string() });
const segmentBody = z.object({ name: z.string(), query: queryWire });
const objectBody = z.record(z.string(), z.unknown());

/** A request the API refuses before it reaches the store (a malformed body, too large). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A request body that is not the documented shape: 400, naming the first bad member. */
export function parseBody<T extends z.ZodMiniType>(schema: T, body: unknown): z.output<T> {
  const result = z.safeParse(schema, body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join('.') || 'body';
  throw new HttpProblem(400, `Malformed request body at ${path}: ${issue?.message ?? 'invalid'}`);
}

/** An RFC 9457 problem answer. */
export function problem(status: number, detail: string, extra: Partial<ProblemDetails> = {}, retryAfter?: number): ApiAnswer {
  const body: ProblemDetails = { title: titleOf(status), status, detail, ...extra };
  return { status, body, ...(retryAfter !== undefined || status === 429 ? { retryAfter: retryAfter ?? 1 } : {}) };
}

export class ContactApi {
  readonly #routes: readonly Route[];

  /** `source` is called per request, so the store behind it can be replaced (a reset). */
  constructor(source: () => MemoryContactSource) {
    this.#routes = buildRoutes(source);
  }

  /** Method and path of every route, as the OpenAPI document names them. */
  get routes(): readonly { method: string; path: string }[] {
    return this.#routes.map((r) => ({ method: r.method, path: r.template }));
  }

  /** The answer to one request; undefined when the client went away (nothing to send). */
  async answer(request: ApiRequest): Promise<ApiAnswer | undefined> {
    const route = this.#routes.find((r) => r.method === request.method && r.pattern.test(request.path));
    if (!route) {
      const known = this.#routes.some((r) => r.pattern.test(request.path));
      return problem(known ? 405 : 404, known ? 'Method not allowed' : 'No such resource');
    }
    const params = route.pattern.exec(request.path)!.slice(1).map(decodeURIComponent);
    try {
      return await route.handle(request, ...params);
    } catch (error) {
      if (error instanceof HttpProblem) return problem(error.status, error.message);
      const failure = toSourceError(error);
      if (failure.kind === 'aborted') return undefined;
      return problem(
        STATUS_OF_KIND[failure.kind],
        failure.message,
        {
          kind: failure.kind,
          ...(failure.fieldErrors.length ? { fieldErrors: [...failure.fieldErrors] } : {}),
          ...(failure.conflicts.length ? { conflicts: [...failure.conflicts] } : {}),
        },
        failure.retryAfter,
      );
    }
  }
}

function buildRoutes(source: () => MemoryContactSource): Route[] {
  const id = '{contactId}';
  const route = (method: string, template: string, handle: Route['handle']): Route => ({
    method,
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`),
    handle,
  });
  return [
    route('GET', '/capabilities', async () => ok(source().capabilities)),
    route('GET', '/contacts', async ({ url, signal }) => {
      const params = url.searchParams;
      const query = queryFromSearchParams(params);
      // A condition this server cannot read is reported, never silently dropped.
      if ((query.conditions?.length ?? 0) !== params.getAll('c').length) {
        throw new SourceError('invalid', {
          message: 'A condition (c) could not be read',
          fieldErrors: [{ field: 'c', code: 'option-invalid' }],
        });
      }
      const limit = Number(params.get('limit') ?? '50');
      if (!Number.isInteger(limit) || limit < 1) {
        throw new SourceError('invalid', { message: 'limit must be a whole number ≥ 1', fieldErrors: [{ field: 'limit', code: 'number-invalid' }] });
      }
      const cursor = params.get('cursor') ?? undefined;
      return ok(await source().listContacts(query, { size: limit, ...(cursor ? { cursor } : {}) }, { signal }));
    }),
    route('POST', '/contacts', async ({ body, signal }) =>
      created(await source().createContact(parseBody(objectBody, body) as never, { signal })),
    ),
    route('GET', `/contacts/${id}`, async ({ signal }, contactId) => ok(await source().getContact(contactId!, { signal }))),
    route('PATCH', `/contacts/${id}`, async ({ body, signal }, contactId) =>
      ok(await source().updateContact(contactId!, parseBody(objectBody, body) as never, { signal })),
    ),
    route('DELETE', `/contacts/${id}`, async ({ signal }, contactId) => {
      await source().deleteContact(contactId!, { signal });
      return noContent;
    }),
    route('PUT', `/contacts/${id}/block`, async ({ body, signal }, contactId) => {
      const block = parseBody(blockBody, body);
      return ok(
        await source().blockContact(
          contactId!,
          { until: block.until === null ? null : new Date(block.until), ...(block.reason !== undefined ? { reason: block.reason } : {}) },
          { signal },
        ),
      );
    }),
    route('DELETE', `/contacts/${id}/block`, async ({ signal }, contactId) => ok(await source().unblockContact(contactId!, { signal }))),
    route('POST', `/contacts/${id}/merge`, async ({ body, signal }, contactId) => {
      const merge = parseBody(mergeBody, body);
      return ok(await source().mergeContacts(contactId!, merge.secondaryId, (merge.choices ?? {}) as FieldChoices, { signal }));
    }),
    route('PUT', `/contacts/${id}/labels`, async ({ body, signal }, contactId) =>
      ok(await source().setContactLabels(contactId!, parseBody(labelsBody, body).labels, { signal })),
    ),
    route('GET', `/contacts/${id}/conversations`, async ({ signal }, contactId) =>
      ok({ items: await source().listConversations(contactId!, { signal }) }),
    ),
    route('GET', `/contacts/${id}/notes`, async ({ signal }, contactId) => ok({ items: await source().listNotes(contactId!, { signal }) })),
    route('POST', `/contacts/${id}/notes`, async ({ body, signal }, contactId) =>
      created(await source().addNote(contactId!, parseBody(noteBody, body).text, { signal })),
    ),
    route('DELETE', `/contacts/${id}/notes/{noteId}`, async ({ signal }, contactId, noteId) => {
      await source().deleteNote(contactId!, noteId!, { signal });
      return noContent;
    }),
    route('GET', `/contacts/${id}/outbound-inboxes`, async ({ signal }, contactId) =>
      ok({ items: await source().listOutboundInboxes(contactId!, { signal }) }),
    ),
    route('GET', `/contacts/${id}/duplicates`, async ({ signal }, contactId) => {
      if (!source().capabilities.duplicates) throw new SourceError('forbidden', { message: 'Duplicates are not supported' });
      return ok({ items: await source().findDuplicates(contactId!, { signal }) });
    }),
    route('GET', '/labels', async ({ signal }) => ok({ items: await source().listLabels({ signal }) })),
    route('GET', '/attribute-definitions', async ({ signal }) => ok({ items: await source().listAttributeDefinitions({ signal }) })),
    route('GET', '/segments', async ({ signal }) => {
      if (!source().capabilities.segments) throw new SourceError('forbidden', { message: 'Segments are not supported' });
      return ok({ items: await source().listSegments({ signal }) });
    }),
    route('POST', '/segments', async ({ body, signal }) => created(await source().saveSegment(parseBody(segmentBody, body), { signal }))),
    route('DELETE', '/segments/{segmentId}', async ({ signal }, segmentId) => {
      await source().deleteSegment(segmentId!, { signal });
      return noContent;
    }),
  ];
}

function titleOf(status: number): string {
  const titles: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    409: 'Conflict',
    413: 'Content Too Large',
    422: 'Unprocessable Content',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  };
  return titles[status] ?? 'Error';
}
