/**
 * A WAI-ARIA menu button (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/) as a reactive
 * controller, so one element can hold several (the card's actions, New dialog, Add attribute)
 * without a private custom element per menu.
 *
 * - The button: `aria-haspopup="menu"`, `aria-expanded`, `aria-controls`. Enter, Space and
 *   ArrowDown open the menu on its first item, ArrowUp on its last.
 * - The menu: ArrowDown/ArrowUp move (wrapping), Home/End jump, a typed letter moves to the next
 *   item starting with it, Enter/Space activate, Escape closes and returns focus to the button,
 *   Tab closes and lets focus move on. A click outside or focus leaving closes it.
 * - Disabled items stay focusable (`aria-disabled`) so their reason can be read, but do nothing.
 *
 * ```ts
 * readonly #menu = new MenuButtonController(this, { id: 'actions', onSelect: (id) => this.#act(id) });
 * html`<div class="menu-anchor">
 *   ${this.#menu.renderButton(html`${icon('more')}`, { label: msg('Actions'), className: 'icon-button' })}
 *   ${this.#menu.renderMenu(items)}
 * </div>`
 * ```
 * The anchor must be `position: relative` (`menuButtonStyles`).
 */
import { css, html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface MenuItem {
  readonly id: string;
  readonly label: string;
  readonly icon?: TemplateResult | undefined;
  /** A second line under the label. */
  readonly hint?: string | undefined;
  readonly disabled?: boolean;
  readonly danger?: boolean;
  /** Draw a separator before this item. */
  readonly separated?: boolean;
}

export interface MenuButtonOptions {
  /** Unique within the host's shadow root: the button is `#<id>-button`, the menu `#<id>-menu`. */
  readonly id: string;
  /** An enabled item was activated; the menu has closed and focus is back on the button. */
  readonly onSelect: (itemId: string) => void;
}

export interface MenuButtonRenderOptions {
  /** The accessible name, when the content is an icon. */
  readonly label?: string;
  readonly className?: string;
  /** The button cannot open the menu; it stays focusable to say why (`describedBy`). */
  readonly disabled?: boolean;
  readonly describedBy?: string | undefined;
  readonly part?: string;
}

const TYPEAHEAD_RESET_MS = 600;

export class MenuButtonController implements ReactiveController {
  readonly #host: LitElement;
  readonly #options: MenuButtonOptions;
  #open = false;
  #typed = '';
  #typedAt = 0;

  constructor(host: LitElement, options: MenuButtonOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get open(): boolean {
    return this.#open;
  }

  get buttonId(): string {
    return `${this.#options.id}-button`;
  }

  /** Opens the menu and focuses its first (or last) item. */
  async show(focus: 'first' | 'last' = 'first'): Promise<void> {
    this.#typed = '';
    this.#setOpen(true);
    await this.#host.updateComplete;
    const items = this.#items();
    (focus === 'first' ? items[0] : items.at(-1))?.focus();
  }

  /** Closes the menu; `returnFocus` puts focus back on the button. */
  close(returnFocus = false): void {
    if (!this.#open) return;
    this.#setOpen(false);
    if (returnFocus) this.#button()?.focus();
  }

  hostDisconnected(): void {
    this.#setOpen(false);
  }

  renderButton(content: TemplateResult | string, options: MenuButtonRenderOptions = {}): TemplateResult {
    const id = this.#options.id;
    return html`<button
      type="button"
      id=${this.buttonId}
      class=${options.className ?? 'button button--secondary'}
      part=${ifDefined(options.part)}
      aria-haspopup="menu"
      aria-expanded=${this.#open ? 'true' : 'false'}
      aria-controls=${`${id}-menu`}
      aria-label=${ifDefined(options.label)}
      aria-disabled=${options.disabled ? 'true' : nothing}
      aria-describedby=${ifDefined(options.describedBy)}
      @click=${() => (options.disabled ? undefined : this.#toggle())}
      @keydown=${(event: KeyboardEvent) => this.#onButtonKeydown(event, options.disabled ?? false)}
    >
      ${content}
    </button>`;
  }

  /** The menu; renders nothing while closed. */
  renderMenu(items: readonly MenuItem[], options: { label?: string; part?: string } = {}): TemplateResult | typeof nothing {
    if (!this.#open) return nothing;
    const id = this.#options.id;
    return html`<ul
      id=${`${id}-menu`}
      class="popover menu menu-popover"
      part=${ifDefined(options.part)}
      role="menu"
      aria-labelledby=${options.label ? nothing : this.buttonId}
      aria-label=${ifDefined(options.label)}
      @keydown=${this.#onMenuKeydown}
      @focusout=${this.#onFocusOut}
    >
      ${items.map(
        (item) => html`${item.separated ? html`<li role="separator" class="menu-separator"></li>` : nothing}
          <li role="none">
            <button
              type="button"
              role="menuitem"
              tabindex="-1"
              class=${item.danger ? 'menu-item menu-item--danger' : 'menu-item'}
              data-item=${item.id}
              aria-disabled=${item.disabled ? 'true' : nothing}
              @click=${() => this.#activate(item)}
            >
              ${item.icon ?? nothing}
              <span class="menu-item-text">
                <span class="menu-item-label">${item.label}</span>
                ${item.hint ? html`<span class="menu-item-hint">${item.hint}</span>` : nothing}
              </span>
            </button>
          </li>`,
      )}
    </ul>`;
  }

  #setOpen(open: boolean): void {
    if (open === this.#open) return;
    this.#open = open;
    if (open) document.addEventListener('pointerdown', this.#onDocumentPointerDown, true);
    else document.removeEventListener('pointerdown', this.#onDocumentPointerDown, true);
    this.#host.requestUpdate();
  }

  #toggle(): void {
    if (this.#open) this.close();
    else void this.show('first');
  }

  #activate(item: MenuItem): void {
    if (item.disabled) return;
    this.close(true);
    this.#options.onSelect(item.id);
  }

  #root(): ShadowRoot | HTMLElement {
    return this.#host.renderRoot as ShadowRoot | HTMLElement;
  }

  #button(): HTMLButtonElement | null {
    return this.#root().querySelector<HTMLButtonElement>(`#${this.buttonId}`);
  }

  #items(): HTMLButtonElement[] {
    return [...this.#root().querySelectorAll<HTMLButtonElement>(`#${this.#options.id}-menu [role='menuitem']`)];
  }

  #onButtonKeydown(event: KeyboardEvent, disabled: boolean): void {
    if (disabled) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.show(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Enter' || event.key === ' ') {
      // Handled here, not by the click Enter would cause, so the first item gets focus at once.
      event.preventDefault();
      void this.show('first');
    } else if (event.key === 'Escape' && this.#open) {
      event.preventDefault();
      this.close(true);
    }
  }

  #onMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.#items();
    const root = this.#root();
    const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
    const current = items.indexOf(active as HTMLButtonElement);
    const focusAt = (index: number) => items[(index + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(current + 1);
        break;
      case 'ArrowUp':
        focusAt(current < 0 ? -1 : current - 1);
        break;
      case 'Home':
      case 'PageUp':
        focusAt(0);
        break;
      case 'End':
      case 'PageDown':
        focusAt(-1);
        break;
      case 'Escape':
        event.stopPropagation();
        this.close(true);
        break;
      case 'Tab':
        this.close(false);
        return;
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ') {
          this.#typeahead(event.key, items, current);
          break;
        }
        return;
    }
    event.preventDefault();
  };

  #typeahead(key: string, items: readonly HTMLButtonElement[], current: number): void {
    const now = Date.now();
    this.#typed = now - this.#typedAt > TYPEAHEAD_RESET_MS ? key : this.#typed + key;
    this.#typedAt = now;
    const wanted = this.#typed.toLocaleLowerCase();
    const label = (item: HTMLButtonElement) =>
      (item.querySelector('.menu-item-label')?.textContent ?? '').trim().toLocaleLowerCase();
    // A repeated single letter cycles through the items starting with it.
    const start = this.#typed.length === 1 ? current + 1 : Math.max(current, 0);
    for (let step = 0; step < items.length; step += 1) {
      const item = items[(start + step) % items.length]!;
      if (label(item).startsWith(wanted)) {
        item.focus();
        return;
      }
    }
  }

  #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    const menu = event.currentTarget as HTMLElement;
    if (next && (menu.contains(next) || next === this.#button())) return;
    // Focus went elsewhere in or out of the page (not on a click inside: that keeps focus).
    if (next) this.close(false);
  };

  #onDocumentPointerDown = (event: PointerEvent): void => {
    const path = event.composedPath();
    const menu = this.#root().querySelector(`#${this.#options.id}-menu`);
    if ((menu && path.includes(menu)) || path.includes(this.#button() as EventTarget)) return;
    this.close(false);
  };
}

/** The popover under its button: the anchor is `.menu-anchor`. Needs `controls`. */
export const menuButtonStyles = css`
  .menu-anchor {
    position: relative;
    display: inline-flex;
  }

  .menu-popover {
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + var(--_space-xs));
    inset-inline-end: 0;
    inline-size: max-content;
    max-inline-size: min(20rem, 90cqi);
  }

  .menu-anchor[data-align='start'] .menu-popover {
    inset-inline-end: auto;
    inset-inline-start: 0;
  }

  .menu-item .icon,
  .menu-item .channel-icon {
    flex: none;
  }

  .menu-item-text {
    display: grid;
    min-inline-size: 0;
  }

  .menu-item-label {
    overflow-wrap: anywhere;
  }

  .menu-item-hint {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
`;
