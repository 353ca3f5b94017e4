/**
 * Variant: @vaadin/grid with a dataProvider over the same source (pages of 50 by page number,
 * each page's cursor taken from the one before), text renderers for the same four columns.
 */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import type { Grid, GridDataProviderCallback, GridDataProviderParams } from '@vaadin/grid/vaadin-grid.js';
import type { GridColumn } from '@vaadin/grid/vaadin-grid-column.js';
import type { Contact } from '../../src/model/contact.js';
import { finish, params } from '../lib.js';
import { benchSource, measureVariant, pageReader } from './measure.js';
import { lastActivity } from './row.js';

const PAGE_SIZE = 50;
const { count = 100_000, firstOnly = false } = params<{ count: number; firstOnly: boolean }>();
const source = benchSource(count);
// The source's first answer sorts its default order once: do that before the clock starts, as for the others.
await source.listContacts({}, { size: 1 });
const page = pageReader(source, PAGE_SIZE);

const columns: [string, (c: Contact) => string][] = [
  ['Name', (c) => c.name],
  ['Phone', (c) => c.phone ?? ''],
  ['Email', (c) => c.email ?? ''],
  ['Last activity', lastActivity],
];

let firstData: { at: number; items: readonly Contact[] } | undefined;
finish(
  await measureVariant({
    variant: '@vaadin/grid, dataProvider',
    count,
    firstOnly,
    firstNames: () => firstData?.items.slice(0, 20).map((c) => c.name),
    dataAt: () => firstData?.at,
    mount: (host) => {
      const grid = document.createElement('vaadin-grid') as Grid<Contact>;
      grid.style.height = '100%';
      grid.pageSize = PAGE_SIZE;
      for (const [header, text] of columns) {
        const column = document.createElement('vaadin-grid-column') as GridColumn<Contact>;
        column.header = header;
        column.renderer = (root, _column, model) => {
          root.textContent = text(model.item);
        };
        grid.append(column);
      }
      grid.dataProvider = (request: GridDataProviderParams<Contact>, callback: GridDataProviderCallback<Contact>) => {
        void page(request.page).then(({ items, total }) => {
          if (!firstData) {
            firstData = { at: performance.now(), items };
            console.timeStamp('bench: first data');
          }
          callback([...items], total);
        });
      };
      host.append(grid);
      return grid;
    },
  }),
);
