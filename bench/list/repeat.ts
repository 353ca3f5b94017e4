/**
 * Variant: a plain Lit `repeat` rendering every row (10,000 by default), no virtualization: the
 * floor that shows what virtualizing saves (first paint, DOM, heap).
 */
import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { finish, params } from '../lib.js';
import { benchSource, keep, measureVariant, readAll } from './measure.js';
import { addRowStyles, row } from './row.js';

const { count = 10_000 } = params<{ count: number }>();
const contacts = await readAll(keep(benchSource(count)));
addRowStyles();
let dataAt: number | undefined;
finish(
  await measureVariant({
    variant: 'plain Lit repeat',
    count,
    firstNames: () => contacts.slice(0, 20).map((c) => c.name),
    dataAt: () => dataAt,
    mount: (host) => {
      dataAt = performance.now();
      render(html`<div class="rows">${repeat(contacts, (c) => c.id, row)}</div>`, host);
      return host.firstElementChild as HTMLElement;
    },
  }),
);
