/**
 * The names of the block durations (`BLOCK_DURATIONS` in the model), shared by `<block-dialog>`
 * and the list's bulk Block, so both say the same thing in every language.
 */
import { msg } from '@lit/localize';
import type { BlockDuration } from '../../model/block-duration.js';

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
