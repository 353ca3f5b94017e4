import { expect } from '@open-wc/testing';
import Papa from 'papaparse';
import type { Contact } from '../../src/model/contact.js';
import { exportContactsCsv, type CsvColumn, type CsvExportProgress } from '../../src/sources/csv-export.js';
import type { SourceError } from '../../src/sources/errors.js';
import { contact, memorySource, people } from './bulk-helpers.js';

const COLUMNS: CsvColumn[] = [
  { header: 'Name', value: (c) => c.name },
  { header: 'Email', value: (c) => c.email ?? '' },
  { header: 'Labels', value: (c) => c.labels.join(', ') },
];

async function textOf(blob: Blob): Promise<string> {
  // TextDecoder drops the BOM by default: keep it, to see it.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

function rowsOf(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('exportContactsCsv', () => {
  it('starts with the UTF-8 byte-order mark and a header row', async () => {
    const blob = await exportContactsCsv(memorySource(people(2)), { query: {} }, COLUMNS);
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = await textOf(blob);
    expect(text.split('\r\n')[0]).to.equal('\uFEFFName,Email,Labels');
    expect(text.endsWith('\r\n')).to.equal(true);
  });

  it('writes every contact of a query, page by page, with progress, minus the exceptions', async () => {
    const progress: CsvExportProgress[] = [];
    const blob = await exportContactsCsv(memorySource(people(25)), { query: {}, except: ['c-003'] }, COLUMNS, {
      pageSize: 10,
      onProgress: (p) => progress.push(p),
    });
    const rows = rowsOf(await textOf(blob));
    expect(rows).to.have.length(25);
    expect(rows[1]).to.deep.equal(['Person 001', 'person001@example.com', 'lead']);
    expect(rows.map((r) => r[0])).to.not.include('Person 003');
    expect(progress).to.deep.equal([
      { done: 9, total: 24 },
      { done: 19, total: 24 },
      { done: 24, total: 24 },
    ]);
  });

  it('writes the chosen contacts in the order given, skipping ids no longer there', async () => {
    const blob = await exportContactsCsv(memorySource(people(5)), { ids: ['c-004', 'gone', 'c-002'] }, COLUMNS, { pageSize: 2 });
    expect(rowsOf(await textOf(blob)).map((r) => r[0])).to.deep.equal(['Name', 'Person 004', 'Person 002']);
  });

  it('quotes commas, quotes and line breaks so they round-trip', async () => {
    const tricky = contact({ id: 'x', name: 'Koval, "Olena"\nsecond line', email: 'a@b.c', labels: ['vip', 'lead'] });
    const text = await textOf(await exportContactsCsv(memorySource([tricky]), { query: {} }, COLUMNS));
    expect(text).to.include('"Koval, ""Olena""\nsecond line"');
    expect(rowsOf(text)[1]).to.deep.equal(['Koval, "Olena"\nsecond line', 'a@b.c', 'vip, lead']);
  });

  it('neutralises every formula prefix, also in the header and before a line break', async () => {
    const values = ['=1+1', '+380501234567', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '=HYPERLINK("x")\nmore', 'safe = ok'];
    const contacts: Contact[] = values.map((name, index) => contact({ id: `f-${index}`, name }));
    const columns: CsvColumn[] = [{ header: '=Name', value: (c) => c.name }];
    const blob = await exportContactsCsv(memorySource(contacts), { ids: contacts.map((c) => c.id) }, columns);
    const rows = rowsOf(await textOf(blob)).map((r) => r[0]);
    expect(rows).to.deep.equal([
      "'=Name",
      "'=1+1",
      "'+380501234567",
      "'-2+3",
      "'@SUM(A1)",
      "'\tcmd",
      "'\rcmd",
      "'=HYPERLINK(\"x\")\nmore",
      'safe = ok',
    ]);
  });

  it('keeps non-Latin text intact', async () => {
    const names = ['Олена Коваль', 'محمد الأحمد', '王小明', 'Ñandú Pérez 🎉'];
    const contacts = names.map((name, index) => contact({ id: `n-${index}`, name }));
    const blob = await exportContactsCsv(memorySource(contacts), { ids: contacts.map((c) => c.id) }, [
      { header: 'Ім’я', value: (c) => c.name },
    ]);
    expect(rowsOf(await textOf(blob)).map((r) => r[0])).to.deep.equal(['Ім’я', ...names]);
  });

  it('rejects with the source error, and with aborted when cancelled', async () => {
    const failing = memorySource(people(3));
    failing.failNext('listContacts', 'server');
    const error = await exportContactsCsv(failing, { query: {} }, COLUMNS).catch((e: unknown) => e);
    expect((error as SourceError).kind).to.equal('server');

    const slow = memorySource(people(30), { latency: 20 });
    const controller = new AbortController();
    const aborted = exportContactsCsv(slow, { query: {} }, COLUMNS, {
      pageSize: 5,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    }).catch((e: unknown) => e);
    expect(((await aborted) as SourceError).kind).to.equal('aborted');
  });
});
