/**
 * The row the comparison variants render (bare virtualizer, plain `repeat`): name, phone, email
 * and last activity, as text, with the library's own relative-time wording. Light DOM, one
 * stylesheet, fixed row height.
 */
import { html, type TemplateResult } from 'lit';
import { formatRelativeTime } from '../../src/i18n/format.js';
import type { Contact } from '../../src/model/contact.js';
import { NOW } from './measure.js';

export const ROW_HEIGHT_PX = 40;

export function lastActivity(contact: Contact): string {
  return contact.lastActivityAt ? formatRelativeTime(contact.lastActivityAt, NOW) : '';
}

export function row(contact: Contact): TemplateResult {
  return html`<div class="row" role="row">
    <span role="gridcell">${contact.name}</span><span role="gridcell">${contact.phone ?? ''}</span
    ><span role="gridcell">${contact.email ?? ''}</span><span role="gridcell">${lastActivity(contact)}</span>
  </div>`;
}

export function addRowStyles(): void {
  const style = document.createElement('style');
  style.textContent = `
    .rows { display: block; height: 100%; overflow: auto; contain: strict; }
    .row {
      display: grid; grid-template-columns: 3fr 2fr 3fr 2fr; gap: 8px; align-items: center;
      box-sizing: border-box; width: 100%; height: ${ROW_HEIGHT_PX}px; padding-inline: 12px;
      border-block-end: 1px solid #e3e3e3;
    }
    .row > span { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
  `;
  document.head.append(style);
}
