/**
 * What the card shows when it has no contact to show: loading, not found, a failure with
 * Retry, no data source, nothing selected, and a contact that was deleted while shown.
 */
import { msg } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';
import type { SourceError } from '../../sources/errors.js';
import { icon, type IconName } from '../shared/icons.js';
import { sourceErrorBlock } from '../shared/source-error.js';

export function loadingState(): TemplateResult {
  return html`<div class="state state--loading" part="state" data-state="loading" aria-busy="true">
    <span class="visually-hidden" role="status">${msg('Loading contact…', { id: 'card.state.loading' })}</span>
    <div class="skeleton-header" aria-hidden="true">
      <span class="skeleton skeleton-avatar"></span>
      <div class="skeleton-lines">
        <span class="skeleton" style="inline-size: 60%"></span>
        <span class="skeleton" style="inline-size: 35%"></span>
      </div>
    </div>
    <div class="skeleton-lines" aria-hidden="true">
      <span class="skeleton" style="inline-size: 80%"></span>
      <span class="skeleton" style="inline-size: 70%"></span>
      <span class="skeleton" style="inline-size: 50%"></span>
    </div>
  </div>`;
}

function messageState(
  state: string,
  iconName: IconName,
  title: string,
  body: string,
  extra?: TemplateResult,
): TemplateResult {
  return html`<div class="state" part="state" data-state=${state}>
    ${icon(iconName)}
    <h2 class="state-title" tabindex="-1">${title}</h2>
    <p class="state-body">${body}</p>
    ${extra ?? ''}
  </div>`;
}

export function notFoundState(): TemplateResult {
  return messageState(
    'not-found',
    'search',
    msg('Contact not found', { id: 'card.state.not-found.title' }),
    msg('It may have been deleted or merged into another contact.', { id: 'card.state.not-found.body' }),
  );
}

export function deletedState(): TemplateResult {
  return messageState(
    'deleted',
    'trash',
    msg('This contact was deleted', { id: 'card.state.deleted.title' }),
    msg('Its conversations and notes were deleted with it.', { id: 'card.state.deleted.body' }),
  );
}

export function noSourceState(): TemplateResult {
  return messageState(
    'no-source',
    'alert',
    msg('No data source', { id: 'card.state.no-source.title' }),
    msg('Set the card’s source property, or place it inside a <contact-source-provider>.', {
      id: 'card.state.no-source.body',
    }),
  );
}

export function emptyState(): TemplateResult {
  return messageState(
    'empty',
    'person',
    msg('No contact selected', { id: 'card.state.empty.title' }),
    msg('Choose a contact to see its details here.', { id: 'card.state.empty.body' }),
  );
}

export function errorState(error: SourceError, onRetry: () => void): TemplateResult {
  return html`<div class="state state--error" part="state" data-state="error">
    ${sourceErrorBlock(error, { context: msg('The contact could not be loaded', { id: 'card.state.error' }), onRetry })}
  </div>`;
}

export const cardStateStyles = css`
  .state {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
    padding-block: var(--_space-xl);
    padding-inline: var(--_space-m);
    text-align: center;
  }

  .state > .icon {
    inline-size: 2rem;
    block-size: 2rem;
    color: var(--_text-muted);
  }

  .state-title {
    margin: 0;
    font-size: var(--_font-size-l);
  }

  .state-body {
    margin: 0;
    color: var(--_text-muted);
  }

  .state--loading,
  .state--error {
    justify-items: stretch;
    padding-block: var(--_space-m);
    text-align: start;
  }

  .skeleton-header {
    display: flex;
    align-items: center;
    gap: var(--_space-m);
  }

  .skeleton-avatar {
    flex: none;
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: 50%;
  }

  .skeleton-lines {
    display: grid;
    flex: 1 1 auto;
    gap: var(--_space-s);
  }
`;
