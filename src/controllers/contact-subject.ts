/**
 * The contact an element is about: given whole (`contact` property) or by id (`contact-id`
 * attribute, then loaded from the source with @lit/task), and kept current by live changes
 * and by the element's own writes.
 *
 * ```ts
 * readonly #sources = new SourceController(this, { onChange: (change) => this.#subject.follow(change) });
 * readonly #subject = new ContactSubjectController(this, this.#sources);
 * // render: this.#subject.contact, this.#subject.id, this.#subject.loading, this.#subject.error
 * ```
 *
 * - The `contact` property wins over `contact-id`; with it nothing is loaded.
 * - Changing the id aborts the previous load; a late answer for an old id is never shown
 *   (@lit/task keeps only its latest run).
 * - `updated` / `merged` changes for the contact replace it (a merge into another contact
 *   follows the survivor); `deleted` turns it into a `not-found` error. A newer version
 *   kept this way lasts until the host gives another `contact` or `contact-id`.
 * - `accept(contact)` keeps the version a write of the element's own returned.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Contact } from '../model/contact.js';
import { SourceError, toSourceError } from '../sources/errors.js';
import type { ContactChange, ContactSource } from '../sources/source.js';
import type { SourceController } from './source-controller.js';

export type ContactSubjectHost = ReactiveControllerHost &
  HTMLElement & {
    readonly contact?: Contact | undefined;
    readonly contactId?: string | undefined;
  };

export class ContactSubjectController implements ReactiveController {
  readonly #host: ContactSubjectHost;
  readonly #sources: SourceController;
  readonly #load: Task<readonly [ContactSource | undefined, string | undefined], Contact>;
  /** What the host gave when `#latest` / `#gone` were set: a new value from the host drops them. */
  #givenContact: Contact | undefined;
  #givenId: string | undefined;
  #latest: Contact | undefined;
  #gone = false;

  constructor(host: ContactSubjectHost, sources: SourceController) {
    this.#host = host;
    this.#sources = sources;
    host.addController(this);
    this.#load = new Task(host, {
      task: async ([source, id], { signal }) => {
        if (!source || id === undefined) return initialState;
        return source.getContact(id, { signal });
      },
      args: () => [this.#sources.source, this.#host.contact ? undefined : this.#host.contactId || undefined] as const,
    });
  }

  /** The contact to show: the newest version known, or undefined (loading, failed, none). */
  get contact(): Contact | undefined {
    if (this.#gone) return undefined;
    return this.#latest ?? this.#host.contact ?? (this.#load.status === TaskStatus.COMPLETE ? this.#load.value : undefined);
  }

  /** The contact's id, known before the contact itself loads. */
  get id(): string | undefined {
    if (this.#latest) return this.#latest.id;
    return this.#host.contact?.id ?? (this.#host.contactId || undefined);
  }

  /** Whether the contact is being loaded (and there is none to show yet). */
  get loading(): boolean {
    return this.contact === undefined && !this.#gone && this.#load.status === TaskStatus.PENDING;
  }

  /** Why there is no contact to show: the load failed, or the contact was deleted. */
  get error(): SourceError | undefined {
    if (this.#gone) return new SourceError('not-found');
    if (this.#load.status !== TaskStatus.ERROR || this.#host.contact) return undefined;
    return toSourceError(this.#load.error);
  }

  /** Loads the contact again (after an error). */
  reload(): void {
    if (this.#gone) return;
    void this.#load.run();
  }

  /** Keeps the version a write of the element returned. */
  accept(contact: Contact): void {
    this.#keep(contact);
  }

  /**
   * Applies a live change; returns true when it was about this contact (the element may then
   * refresh what depends on it).
   */
  follow(change: ContactChange): boolean {
    const id = this.id;
    if (id === undefined) return false;
    switch (change.type) {
      case 'updated':
        if (change.contact.id !== id) return false;
        this.#keep(change.contact);
        return true;
      case 'merged':
        if (change.contact.id !== id && change.removedId !== id) return false;
        this.#keep(change.contact);
        return true;
      case 'deleted':
        if (change.id !== id) return false;
        this.#remember();
        this.#gone = true;
        this.#host.requestUpdate();
        return true;
      default:
        return false;
    }
  }

  hostUpdate(): void {
    // The host gave another contact (or id): what was learned about the old one no longer applies.
    if (this.#host.contact !== this.#givenContact || this.#host.contactId !== this.#givenId) {
      this.#latest = undefined;
      this.#gone = false;
      this.#remember();
    }
  }

  #keep(contact: Contact): void {
    this.#remember();
    this.#latest = contact;
    this.#gone = false;
    this.#host.requestUpdate();
  }

  #remember(): void {
    this.#givenContact = this.#host.contact;
    this.#givenId = this.#host.contactId;
  }
}
