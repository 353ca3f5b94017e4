/**
 * Variant: a bare `<lit-virtualizer>` over every contact, held in memory (no paging): the floor
 * for a virtualized list, which `<contact-list>` is held to (scroll p95 ratio ≤ 1.1).
 */
import '@lit-labs/virtualizer';
import { html, render } from 'lit';
import { finish, params } from '../lib.js';
import { benchSource, keep, measureVariant, readAll } from './measure.js';
import { addRowStyles, row } from './row.js';

const { count = 100_000, firstOnly = false } = params<{ count: number; firstOnly: boolean }>();
const contacts = await readAll(keep(benchSource(count)));
addRowStyles();
let dataAt: number | undefined;
finish(
  await measureVariant({
    variant: 'bare @lit-labs/virtualizer',
    count,
    firstOnly,
    firstNames: () => contacts.slice(0, 20).map((c) => c.name),
    dataAt: () => dataAt,
    mount: (host) => {
      dataAt = performance.now();
      console.timeStamp('bench: first data');
      render(html`<lit-virtualizer class="rows" scroller .items=${contacts} .renderItem=${row}></lit-virtualizer>`, host);
      return host.firstElementChild as HTMLElement;
    },
  }),
);
