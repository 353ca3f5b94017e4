/** Entry point `contact-elements/contact-dialog.js`: registers `<contact-dialog>`. */
import { ContactDialog } from './elements/contact-dialog/contact-dialog.js';
import { defineElement } from './elements/define.js';

defineElement('contact-dialog', ContactDialog);

export { ContactDialog };
export { ModalDialog, DIALOG_CLOSE_SOURCES } from './elements/modal-dialog/modal-dialog.js';
export type {
  DialogCloseSource,
  DialogClosedDetail,
  DialogClosedEvent,
  DialogRequestCloseDetail,
  DialogRequestCloseEvent,
} from './elements/modal-dialog/modal-dialog.js';
