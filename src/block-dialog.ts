/** Entry point `contact-elements/block-dialog.js`: registers `<block-dialog>`. */
import { BlockDialog } from './elements/block-dialog/block-dialog.js';
import { defineElement } from './elements/define.js';

defineElement('block-dialog', BlockDialog);

export { BlockDialog };
export { BLOCK_REASON_MAX_LENGTH } from './elements/block-dialog/block-dialog.js';
