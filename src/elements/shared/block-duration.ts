/**
 * The names of the block durations (`BLOCK_DURATIONS` in the model), and the note for a source
 * that cannot end a block at a set time, shared by `<block-dialog>` and the list's bulk Block, so
 * both say the same thing in every language.
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { BlockDuration } from '../../model/block-duration.js';

/** Under the durations when the source has no `timedBlock`: why "Forever" is the only one. (Styled by the element's `.note`.) */
export function permanentOnlyNote(): TemplateResult {
  return html`<p class="note">
    ${msg('This system can only block until someone unblocks: it cannot end a block at a set time.', {
      id: 'block-dialog.permanent-only',
    })}
  </p>`;
}

export function blockDurationName(duration: BlockDuration): string {
  switch (duration) {
    case 'hour':
      return msg('For an hour', { id: 'block-dialog.duration.hour' });
    case 'tomorrow':
      return msg('Until tomorrow', { id: 'block-dialog.duration.tomorrow' });
    case 'next-week':
      return msg('Until next week', { id: 'block-dialog.duration.next-week' });
    case 'next-month':
      return msg('Until next month', { id: 'block-dialog.duration.next-month' });
    case 'forever':
      return msg('Forever', { id: 'block-dialog.duration.forever' });
    case 'custom':
      return msg('Until a date and time I choose', { id: 'block-dialog.duration.custom' });
  }
}
