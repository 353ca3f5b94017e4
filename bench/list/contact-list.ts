/**
 * Variant: this library's `<contact-list>` on the memory source, paging on demand as it does
 * for hosts. Built only once src/contact-list.ts exists (until then list.bench.ts reports the
 * row as not available).
 */
import '../../src/contact-list.js';
import type { ContactSource } from '../../src/sources/source.js';
import { finish, params } from '../lib.js';
import { benchSource, measureVariant, recordArrivals } from './measure.js';

const { count = 100_000, firstOnly = false } = params<{ count: number; firstOnly: boolean }>();
const source = benchSource(count);
// The source's first answer sorts its default order once: do that before the clock starts, as for the others.
await source.listContacts({}, { size: 1 });
const arrivals = recordArrivals(source);

finish(
  await measureVariant({
    variant: '<contact-list>',
    count,
    firstOnly,
    firstNames: () => arrivals.firstItems?.slice(0, 20).map((c) => c.name),
    dataAt: () => arrivals.firstAt,
    mount: (host) => {
      const list = document.createElement('contact-list') as HTMLElement & { source: ContactSource | undefined };
      list.style.cssText = 'block-size:100%';
      list.source = source;
      host.append(list);
      return list;
    },
  }),
);
