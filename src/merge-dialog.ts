/** Entry point `contact-elements/merge-dialog.js`: registers `<merge-dialog>`. */
import { defineElement } from './elements/define.js';
import { MergeDialog } from './elements/merge-dialog/merge-dialog.js';

defineElement('merge-dialog', MergeDialog);

export { MergeDialog };
