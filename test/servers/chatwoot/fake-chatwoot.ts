/**
 * A fake Chatwoot (Application API v1, the part contacts use) for testing
 * `ChatwootContactSource` over real HTTP. It follows Chatwoot's documented request and
 * response shapes (swagger, `contacts_controller.rb`, `filter_service.rb`,
 * `lib/filters/filter_keys.yml`, the jbuilder views), including the awkward parts: 15 contacts
 * per page, `{ meta, payload }` envelopes, Unix-second timestamps, labels and conversations
 * behind their own endpoints, `blocked` as a boolean, a merge without field choices, label
 * POST replacing the list, custom attributes merged on PATCH.
 *
 * Deliberate differences, for the shared contract seed: ids are whatever the seed says
 * (`"c01"`; Chatwoot's are integers, and the client takes both), and the clock can be set.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatwootInbox {
  id: number | string;
  name: string;
  channel_type: string;
  /** Whether the token's agent is a member (Chatwoot lists only those inboxes to agents). */
  member?: boolean;
}

export interface ChatwootContactRecord {
  id: number | string;
  name: string;
  email: string | null;
  phone_number: string | null;
  identifier: string | null;
  blocked: boolean;
  thumbnail: string;
  additional_attributes: Record<string, unknown>;
  custom_attributes: Record<string, unknown>;
  created_at: number;
  updated_at?: number;
  last_activity_at: number | null;
  labels: string[];
  contact_inboxes: { inbox_id: number | string; source_id: string }[];
}

export interface ChatwootData {
  accountId: number;
  token: string;
  /** Unix seconds. */
  now: number;
  agent: { id: number; name: string };
  inboxes: ChatwootInbox[];
  labels: { id: number; title: string; color: string; description?: string; show_on_sidebar?: boolean }[];
  attributeDefinitions: {
    id: number;
    attribute_key: string;
    attribute_display_name: string;
    attribute_display_type: string;
    attribute_values?: string[];
    attribute_description?: string;
    attribute_model: 'contact_attribute' | 'conversation_attribute';
  }[];
  contacts: ChatwootContactRecord[];
  conversations: { id: number | string; contact_id: number | string; inbox_id: number | string; status: string; last_activity_at: number; last_message?: string; unread_count?: number }[];
  notes: { id: number | string; contact_id: number | string; content: string; user: { id: number; name: string }; created_at: number }[];
  customFilters?: { id: number | string; name: string; filter_type: string; query: unknown }[];
}

const PER_PAGE = 15;
const E164 = /^\+[1-9]\d{1,14}$/;
const EMAIL = /^[^@\s]+@[^@\s]+$/;

type Json = Record<string, unknown>;

class Problem extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(String(status));
  }
}

export class FakeChatwoot {
  readonly #data: ChatwootData;
  readonly #server: Server;
  #sequence = 1000;
  /** Requests received (`METHOD path?query`), for tests of what the client sends. */
  readonly log: { method: string; path: string; body: unknown }[] = [];

  constructor(data: ChatwootData) {
    this.#data = structuredClone(data);
    this.#data.customFilters ??= [];
    this.#server = createServer((request, response) => {
      void this.#handle(request, response);
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', () => resolve()));
    const address = this.#server.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
    response.setHeader('Access-Control-Allow-Headers', request.headers['access-control-request-headers'] ?? '*');
    response.setHeader('Connection', 'close');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    let body: unknown;
    try {
      body = await readJson(request);
      this.log.push({ method: request.method ?? 'GET', path: url.pathname + url.search, body });
      if (url.pathname === '/__control') return send(response, 200, this.#control(body as Json));
      if (url.pathname === '/__log') return send(response, 200, this.log);
      if (request.headers['api_access_token'] !== this.#data.token) {
        throw new Problem(401, { errors: ['You need to sign in or sign up before continuing.'] });
      }
      const prefix = `/api/v1/accounts/${this.#data.accountId}`;
      if (!url.pathname.startsWith(`${prefix}/`)) throw new Problem(401, { errors: ['You are not authorized to access this account'] });
      const path = url.pathname.slice(prefix.length);
      const answer = this.#route(request.method ?? 'GET', path, url.searchParams, body);
      send(response, answer.status ?? 200, answer.body);
    } catch (error) {
      if (error instanceof Problem) return send(response, error.status, error.body);
      send(response, 500, { error: String(error) });
    }
  }

  #control(command: Json): unknown {
    if (command['action'] === 'clock') this.#data.now = Math.floor(Date.parse(String(command['now'])) / 1000);
    return { ok: true };
  }

  #route(method: string, path: string, params: URLSearchParams, body: unknown): { status?: number; body?: unknown } {
    const match = (pattern: string) => new RegExp(`^${pattern.replace(/:id/g, '([^/]+)')}$`).exec(path);
    let m: RegExpExecArray | null;
    const b = (body ?? {}) as Json;

    if (method === 'GET' && path === '/contacts') {
      let contacts = this.#data.contacts;
      const labels = params.getAll('labels[]');
      if (labels.length) contacts = contacts.filter((c) => c.labels.some((l) => labels.includes(l)));
      return this.#page(contacts, params, true);
    }
    if (method === 'GET' && path === '/contacts/search') {
      const q = params.get('q')?.trim();
      if (!q) throw new Problem(422, { error: 'Specify search string with parameter q' });
      const like = q.toLowerCase();
      const found = this.#data.contacts.filter(
        (c) =>
          [c.name, c.email, c.phone_number].some((v) => v?.toLowerCase().includes(like)) ||
          (c.identifier ?? '').includes(q) ||
          (/^\d+$/.test(q) && String(c.id) === q),
      );
      return this.#page(found, params, false);
    }
    if (method === 'POST' && path === '/contacts/filter') {
      const payload = b['payload'];
      if (!Array.isArray(payload)) throw new Problem(422, { message: 'Invalid payload' });
      const found = this.#data.contacts.filter((c) => this.#matchesFilter(c, payload as Json[]));
      return this.#page(found, params, true);
    }
    if (method === 'POST' && path === '/contacts') {
      const contact = this.#validated({
        id: ++this.#sequence,
        name: '',
        email: null,
        phone_number: null,
        identifier: null,
        blocked: false,
        thumbnail: '',
        additional_attributes: {},
        custom_attributes: {},
        created_at: this.#data.now,
        updated_at: this.#data.now,
        last_activity_at: null,
        labels: [],
        contact_inboxes: [],
      }, b);
      this.#data.contacts.push(contact);
      return { body: { payload: { contact: this.#contactJson(contact), contact_inbox: null } } };
    }
    if ((m = match('/contacts/:id')) && method === 'GET') return { body: { payload: this.#contactJson(this.#contact(m[1]!)) } };
    if ((m = match('/contacts/:id')) && (method === 'PATCH' || method === 'PUT')) {
      const current = this.#contact(m[1]!);
      const next = this.#validated(structuredClone(current), {
        ...b,
        ...(b['custom_attributes'] ? { custom_attributes: { ...current.custom_attributes, ...(b['custom_attributes'] as Json) } } : {}),
        ...(b['additional_attributes'] ? { additional_attributes: { ...current.additional_attributes, ...(b['additional_attributes'] as Json) } } : {}),
      });
      next.updated_at = this.#data.now;
      Object.assign(current, next);
      return { body: { payload: this.#contactJson(current) } };
    }
    if ((m = match('/contacts/:id')) && method === 'DELETE') {
      const contact = this.#contact(m[1]!);
      this.#data.contacts = this.#data.contacts.filter((c) => c !== contact);
      this.#data.conversations = this.#data.conversations.filter((c) => String(c.contact_id) !== String(contact.id));
      this.#data.notes = this.#data.notes.filter((n) => String(n.contact_id) !== String(contact.id));
      return {};
    }
    if ((m = match('/contacts/:id/destroy_custom_attributes')) && method === 'POST') {
      const contact = this.#contact(m[1]!);
      for (const key of (b['custom_attributes'] as string[]) ?? []) delete contact.custom_attributes[key];
      return { body: { payload: this.#contactJson(contact) } };
    }
    if ((m = match('/contacts/:id/labels')) && method === 'GET') return { body: { payload: this.#contact(m[1]!).labels } };
    if ((m = match('/contacts/:id/labels')) && method === 'POST') {
      const contact = this.#contact(m[1]!);
      // acts_as_taggable: the list is replaced; a name without a Label record is still attached.
      contact.labels = [...new Set(((b['labels'] as string[]) ?? []).map((l) => l.trim()).filter(Boolean))];
      return { body: { payload: contact.labels } };
    }
    if ((m = match('/contacts/:id/conversations')) && method === 'GET') {
      const contact = this.#contact(m[1]!);
      const conversations = this.#data.conversations
        .filter((c) => String(c.contact_id) === String(contact.id))
        .sort((a, b) => b.last_activity_at - a.last_activity_at)
        .map((c) => {
          const inbox = this.#data.inboxes.find((i) => String(i.id) === String(c.inbox_id));
          return {
            id: c.id,
            inbox_id: c.inbox_id,
            status: c.status,
            last_activity_at: c.last_activity_at,
            timestamp: c.last_activity_at,
            unread_count: c.unread_count ?? 0,
            meta: { channel: inbox?.channel_type, sender: { id: contact.id, name: contact.name } },
            messages: c.last_message ? [{ id: 1, content: c.last_message, message_type: 0, created_at: c.last_activity_at }] : [],
          };
        });
      return { body: { payload: conversations } };
    }
    if ((m = match('/contacts/:id/notes')) && method === 'GET') {
      const contact = this.#contact(m[1]!);
      return { body: this.#data.notes.filter((n) => String(n.contact_id) === String(contact.id)).sort((a, b) => b.created_at - a.created_at).map((n) => this.#noteJson(n)) };
    }
    if ((m = match('/contacts/:id/notes')) && method === 'POST') {
      const contact = this.#contact(m[1]!);
      const content = String(b['content'] ?? '');
      if (!content.trim()) throw new Problem(422, { message: "Content can't be blank", attributes: ['content'] });
      const note = { id: ++this.#sequence, contact_id: contact.id, content, user: this.#data.agent, created_at: this.#data.now };
      this.#data.notes.push(note);
      return { body: this.#noteJson(note) };
    }
    if ((m = match('/contacts/:id/notes/:id')) && method === 'DELETE') {
      this.#contact(m[1]!);
      const before = this.#data.notes.length;
      this.#data.notes = this.#data.notes.filter((n) => !(String(n.id) === m![2] && String(n.contact_id) === m![1]));
      if (this.#data.notes.length === before) throw new Problem(404, { error: 'Resource could not be found' });
      return {};
    }
    if ((m = match('/contacts/:id/contactable_inboxes')) && method === 'GET') {
      const contact = this.#contact(m[1]!);
      return { body: { payload: this.#contactable(contact) } };
    }
    if (method === 'POST' && path === '/actions/contact_merge') {
      const base = this.#contact(String(b['base_contact_id']));
      const mergee = this.#contact(String(b['mergee_contact_id']));
      if (base === mergee) throw new Problem(422, { message: 'Base and mergee contacts are the same' });
      for (const c of this.#data.conversations) if (String(c.contact_id) === String(mergee.id)) c.contact_id = base.id;
      for (const n of this.#data.notes) if (String(n.contact_id) === String(mergee.id)) n.contact_id = base.id;
      base.contact_inboxes.push(...mergee.contact_inboxes);
      // The base keeps its values; blanks are filled from the mergee; attributes merge, base first.
      base.email ??= mergee.email;
      base.phone_number ??= mergee.phone_number;
      base.identifier ??= mergee.identifier;
      base.custom_attributes = { ...mergee.custom_attributes, ...base.custom_attributes };
      base.additional_attributes = { ...mergee.additional_attributes, ...base.additional_attributes };
      base.last_activity_at = Math.max(base.last_activity_at ?? 0, mergee.last_activity_at ?? 0) || null;
      this.#data.contacts = this.#data.contacts.filter((c) => c !== mergee);
      return { body: this.#contactJson(base) };
    }
    if (method === 'GET' && path === '/labels') return { body: { payload: this.#data.labels } };
    if (method === 'GET' && path === '/inboxes') {
      return { body: { payload: this.#data.inboxes.filter((i) => i.member !== false).map((i) => inboxJson(i)) } };
    }
    if (method === 'GET' && path === '/custom_attribute_definitions') {
      const model = params.get('attribute_model');
      const wanted = model === '1' || model === 'contact_attribute' ? 'contact_attribute' : 'conversation_attribute';
      return { body: this.#data.attributeDefinitions.filter((d) => d.attribute_model === wanted) };
    }
    if (method === 'GET' && path === '/custom_filters') {
      const type = params.get('filter_type') ?? 'conversation';
      return { body: this.#data.customFilters!.filter((f) => f.filter_type === type) };
    }
    if (method === 'POST' && path === '/custom_filters') {
      const filter = (b['custom_filter'] ?? {}) as Json;
      if (!String(filter['name'] ?? '').trim()) throw new Problem(422, { message: "Name can't be blank", attributes: ['name'] });
      const saved = { id: ++this.#sequence, name: String(filter['name']), filter_type: String(filter['type'] ?? 'conversation'), query: filter['query'] };
      this.#data.customFilters!.push(saved);
      return { body: saved };
    }
    if ((m = match('/custom_filters/:id')) && method === 'DELETE') {
      const before = this.#data.customFilters!.length;
      this.#data.customFilters = this.#data.customFilters!.filter((f) => String(f.id) !== m![1]);
      if (before === this.#data.customFilters.length) throw new Problem(404, { error: 'Resource could not be found' });
      return {};
    }
    throw new Problem(404, { error: 'Resource could not be found' });
  }

  #page(contacts: ChatwootContactRecord[], params: URLSearchParams, withCount: boolean) {
    const sorted = [...contacts].sort(sorter(params.get('sort') ?? '-last_activity_at'));
    const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
    const items = sorted.slice((page - 1) * PER_PAGE, page * PER_PAGE);
    const meta = withCount
      ? { count: sorted.length, current_page: page }
      : { count: items.length, current_page: page, has_more: sorted.length > page * PER_PAGE };
    return { body: { meta, payload: items.map((c) => this.#contactJson(c)) } };
  }

  #contact(id: string): ChatwootContactRecord {
    const contact = this.#data.contacts.find((c) => String(c.id) === id);
    if (!contact) throw new Problem(404, { error: 'Resource could not be found' });
    return contact;
  }

  /** Applies a create/update body the way the model validations would, or throws Chatwoot's 422. */
  #validated(contact: ChatwootContactRecord, b: Json): ChatwootContactRecord {
    for (const key of ['name', 'email', 'phone_number', 'identifier', 'blocked', 'custom_attributes', 'additional_attributes'] as const) {
      if (key in b) (contact as unknown as Json)[key] = b[key];
    }
    if (typeof b['avatar_url'] === 'string') contact.thumbnail = b['avatar_url'];
    contact.name ??= '';
    contact.email = typeof contact.email === 'string' && contact.email.trim() ? contact.email.trim().toLowerCase() : null;
    contact.phone_number = typeof contact.phone_number === 'string' && contact.phone_number.trim() ? contact.phone_number.trim() : null;
    contact.blocked = Boolean(contact.blocked);
    if (contact.email && !EMAIL.test(contact.email)) throw new Problem(422, { message: 'Email Invalid email', attributes: ['email'] });
    if (contact.phone_number && !E164.test(contact.phone_number)) {
      throw new Problem(422, { message: 'Phone number should be in e164 format', attributes: ['phone_number'] });
    }
    const others = this.#data.contacts.filter((c) => String(c.id) !== String(contact.id));
    if (contact.email && others.some((c) => c.email?.toLowerCase() === contact.email)) {
      throw new Problem(422, { message: 'Email has already been taken', attributes: ['email'] });
    }
    if (contact.phone_number && others.some((c) => c.phone_number === contact.phone_number)) {
      throw new Problem(422, { message: 'Phone number has already been taken', attributes: ['phone_number'] });
    }
    for (const [key, value] of Object.entries(contact.additional_attributes)) if (value === null) delete contact.additional_attributes[key];
    return contact;
  }

  #contactJson(contact: ChatwootContactRecord): Json {
    return {
      additional_attributes: contact.additional_attributes,
      availability_status: 'offline',
      email: contact.email,
      id: contact.id,
      name: contact.name,
      phone_number: contact.phone_number,
      blocked: contact.blocked,
      identifier: contact.identifier,
      thumbnail: contact.thumbnail,
      custom_attributes: contact.custom_attributes,
      ...(contact.last_activity_at !== null ? { last_activity_at: contact.last_activity_at } : {}),
      created_at: contact.created_at,
      contact_inboxes: contact.contact_inboxes.map((ci) => ({
        source_id: ci.source_id,
        inbox: inboxJson(this.#data.inboxes.find((i) => String(i.id) === String(ci.inbox_id))!),
      })),
    };
  }

  #noteJson(note: ChatwootData['notes'][number]): Json {
    return { id: note.id, content: note.content, account_id: this.#data.accountId, contact_id: note.contact_id, user: note.user, created_at: note.created_at, updated_at: note.created_at };
  }

  /** Chatwoot's ContactableInboxesService: where an agent may start a conversation with this contact. */
  #contactable(contact: ChatwootContactRecord): Json[] {
    const result: Json[] = [];
    for (const inbox of this.#data.inboxes) {
      if (inbox.member === false) continue;
      const existing = contact.contact_inboxes.find((ci) => String(ci.inbox_id) === String(inbox.id));
      let sourceId: string | null = null;
      switch (inbox.channel_type) {
        case 'Channel::Email':
          sourceId = contact.email;
          break;
        case 'Channel::Sms':
        case 'Channel::TwilioSms':
        case 'Channel::Whatsapp':
        case 'Channel::Voice':
          sourceId = contact.phone_number;
          break;
        case 'Channel::WebWidget':
          // A web chat cannot be started by an agent.
          break;
        case 'Channel::Api':
          // API channels (a Viber bridge, say) reach anyone with a phone number or an existing thread.
          sourceId = existing?.source_id ?? contact.phone_number;
          break;
        default:
          sourceId = existing?.source_id ?? null;
      }
      if (sourceId) result.push({ source_id: sourceId, inbox: inboxJson(inbox) });
    }
    return result;
  }

  /** FilterService: conditions joined left to right by their `query_operator`, AND before OR (SQL). */
  #matchesFilter(contact: ChatwootContactRecord, payload: Json[]): boolean {
    const groups: boolean[][] = [[]];
    payload.forEach((condition, index) => {
      groups.at(-1)!.push(this.#condition(contact, condition));
      const operator = String(condition['query_operator'] ?? 'and').toLowerCase();
      if (index < payload.length - 1 && operator === 'or') groups.push([]);
      else if (!['and', 'or'].includes(operator)) throw new Problem(422, { message: 'Invalid query operator' });
    });
    return groups.some((group) => group.every(Boolean));
  }

  #condition(contact: ChatwootContactRecord, condition: Json): boolean {
    const key = String(condition['attribute_key']);
    const operator = String(condition['filter_operator']);
    const values = (condition['values'] as unknown[]) ?? [];
    const standard: Record<string, { value: unknown; type: string; operators: string[] }> = {
      name: { value: contact.name, type: 'text', operators: ['equal_to', 'not_equal_to', 'contains', 'does_not_contain'] },
      phone_number: { value: contact.phone_number, type: 'text', operators: ['equal_to', 'not_equal_to', 'contains', 'does_not_contain', 'starts_with'] },
      email: { value: contact.email, type: 'text', operators: ['equal_to', 'not_equal_to', 'contains', 'does_not_contain'] },
      identifier: { value: contact.identifier, type: 'text', operators: ['equal_to', 'not_equal_to'] },
      country_code: { value: contact.additional_attributes['country_code'], type: 'text', operators: ['equal_to', 'not_equal_to'] },
      city: { value: contact.additional_attributes['city'], type: 'text', operators: ['equal_to', 'not_equal_to', 'contains', 'does_not_contain'] },
      company: { value: contact.additional_attributes['company_name'], type: 'text', operators: ['equal_to', 'not_equal_to', 'contains', 'does_not_contain'] },
      labels: { value: contact.labels, type: 'labels', operators: ['equal_to', 'not_equal_to', 'is_present', 'is_not_present'] },
      created_at: { value: contact.created_at, type: 'date', operators: ['is_greater_than', 'is_less_than', 'days_before'] },
      last_activity_at: { value: contact.last_activity_at, type: 'date', operators: ['is_greater_than', 'is_less_than', 'days_before'] },
      blocked: { value: contact.blocked, type: 'boolean', operators: ['equal_to', 'not_equal_to'] },
    };
    let field = standard[key];
    if (!field) {
      const definition = this.#data.attributeDefinitions.find((d) => d.attribute_model === 'contact_attribute' && d.attribute_key === key);
      if (!definition) throw new Problem(422, { message: `Invalid attribute ${key}` });
      const type = { date: 'date-string', number: 'number', checkbox: 'boolean' }[definition.attribute_display_type] ?? 'text';
      field = { value: contact.custom_attributes[key] ?? null, type, operators: ['equal_to', 'not_equal_to', 'contains', 'does_not_contain', 'is_present', 'is_not_present', 'is_greater_than', 'is_less_than', 'days_before'] };
    }
    if (!field.operators.includes(operator)) throw new Problem(422, { message: `Invalid operator ${operator} for ${key}` });
    const value = field.value;
    const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);
    // filter_values: phone values are sent without "+" and get it prepended (Contacts::FilterService),
    // for every operator but the ILIKE ones (contains, does_not_contain).
    const first = key === 'phone_number' && !operator.includes('contain') ? `+${String(values[0])}` : values[0];
    switch (operator) {
      case 'equal_to':
      case 'not_equal_to': {
        let equal: boolean;
        if (field.type === 'labels') equal = (value as string[]).some((l) => values.includes(l));
        else if (field.type === 'boolean') equal = value === (first === true || first === 'true');
        else equal = value !== null && value !== undefined && lower(String(value)) === lower(String(first));
        return operator === 'equal_to' ? equal : !equal;
      }
      case 'contains':
      case 'does_not_contain': {
        const text = typeof value === 'string' ? value.toLowerCase() : null;
        const hit = text !== null && values.some((v) => text.includes(String(v).trim().toLowerCase()));
        // SQL: NULL NOT ILIKE … is not true either.
        return operator === 'contains' ? hit : text !== null && !hit;
      }
      case 'starts_with':
        return typeof value === 'string' && value.toLowerCase().startsWith(String(first).toLowerCase());
      case 'is_present':
        return field.type === 'labels' ? (value as string[]).length > 0 : value !== null && value !== undefined && value !== '';
      case 'is_not_present':
        return field.type === 'labels' ? (value as string[]).length === 0 : value === null || value === undefined || value === '';
      case 'is_greater_than':
      case 'is_less_than':
      case 'days_before': {
        if (value === null || value === undefined) return false;
        const threshold =
          operator === 'days_before'
            ? this.#data.now - Number(values[0]) * 86_400
            : field.type === 'number'
              ? Number(values[0])
              : Math.floor(Date.parse(String(values[0])) / 1000);
        const actual = field.type === 'date-string' ? Math.floor(Date.parse(String(value)) / 1000) : Number(value);
        return operator === 'is_greater_than' ? actual > threshold : actual < threshold;
      }
    }
    return false;
  }
}

function inboxJson(inbox: ChatwootInbox): Json {
  return { id: inbox.id, name: inbox.name, channel_type: inbox.channel_type, channel_id: inbox.id, avatar_url: '', provider: null };
}

function sorter(sort: string): (a: ChatwootContactRecord, b: ChatwootContactRecord) => number {
  const direction = sort.startsWith('-') ? -1 : 1;
  const field = sort.replace(/^-/, '');
  const byId = (a: ChatwootContactRecord, b: ChatwootContactRecord) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0);
  return (a, b) => {
    const x = field === 'name' ? a.name.toLowerCase() : (a[field as 'created_at'] as number | null);
    const y = field === 'name' ? b.name.toLowerCase() : (b[field as 'created_at'] as number | null);
    if (x === y) return byId(a, b);
    // NULLS LAST in both directions.
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    return direction * (x < y ? -1 : 1);
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (body === undefined) {
    response.writeHead(status, { 'Content-Length': '0' }).end();
    return;
  }
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Problem(400, { error: 'Malformed JSON' });
  }
}
