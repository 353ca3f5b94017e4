/**
 * Source error block: what went wrong talking to the data source, in words
 * (`sourceErrorMessage`), with a Retry button only when trying again may help
 * (`error.retryable`) and the element gave a way to retry.
 *
 * ```ts
 * static override styles = [sharedStyles, controls, iconStyles, sourceErrorStyles, styles];
 * html`${sourceErrorBlock(this.error, {
 *   context: msg('Contacts could not be loaded'),
 *   onRetry: () => this.#task.run(),
 * })}`
 * ```
 *
 * `role="alert"`: screen readers announce it when it appears. Renders nothing for no error
 * and for an aborted request (a superseded read is never shown).
 *
 * Part: `error`.
 */
import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { sourceErrorMessage } from '../../i18n/messages.js';
import { isAbort, type SourceError } from '../../sources/errors.js';
import { icon } from './icons.js';

export interface SourceErrorBlockOptions {
  /** What failed, shown before the reason: "Contacts could not be loaded". */
  context?: string;
  /** Called when Retry is pressed; the button shows only with this and a retryable error. */
  onRetry?: () => void;
}

/** The error in words, with Retry when it makes sense (see the module header). */
export function sourceErrorBlock(
  error: SourceError | undefined | null,
  options: SourceErrorBlockOptions = {},
): TemplateResult | typeof nothing {
  if (!error || isAbort(error)) return nothing;
  const { context, onRetry } = options;
  return html`<div class="error-block" part="error" role="alert" data-kind=${error.kind}>
    ${icon('alert')}
    <div class="error-text">
      ${context ? html`<p class="error-context">${context}</p>` : nothing}
      <p class="error-message">${sourceErrorMessage(error)}</p>
    </div>
    ${onRetry && error.retryable
      ? html`<button type="button" class="button button--secondary error-retry" @click=${onRetry}>
          ${msg('Retry', { id: 'error.retry', desc: 'Button: try the failed request again.' })}
        </button>`
      : nothing}
  </div>`;
}

/** Needs `controls` (the Retry button) and `iconStyles`. */
export const sourceErrorStyles = css`
  .error-block {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid color-mix(in srgb, var(--_danger) 45%, transparent);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
    color: var(--_text);
  }

  .error-block > .icon {
    color: var(--_danger);
  }

  .error-text {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }

  .error-text p {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .error-context {
    font-weight: 600;
  }

  .error-retry {
    align-self: center;
    margin-inline-start: auto;
  }

  @media (forced-colors: active) {
    .error-block {
      border-color: CanvasText;
    }
  }
`;
