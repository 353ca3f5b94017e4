/**
 * A keystroke in `<contact-filter>`'s search box to `<contact-list>`'s rows showing the new
 * result, both in one `<contact-source-provider>` over the memory source (100,000 contacts).
 *
 * One letter is typed (a real key press, through the browser's input pipeline) into the empty
 * box; the filter waits FILTER_TYPING_DELAY_MS for more typing, then reports the query; the list
 * asks the source and renders. Timed from the key's `keydown` (its event timestamp), from the
 * `contact-query-change` the filter fires after its debounce, and from the source's answer,
 * to just after the frame in which the new result's first contact is shown and none of the
 * previous first page that are not in the new one remain. Escape clears between runs.
 * Built only once src/contact-list.ts exists.
 */
import '../../src/contact-list.js';
import '../../src/contact-source-provider.js';
import { FILTER_TYPING_DELAY_MS } from '../../src/contact-filter.js';
import type { Contact } from '../../src/model/contact.js';
import type { ContactSource } from '../../src/sources/source.js';
import { finish, params } from '../lib.js';
import { afterNextPaint, benchSource, deepElements, mountPoint, paintedWhen, showsAnyOf } from './measure.js';

export interface Stats {
  readonly runs: number;
  readonly median: number;
  readonly max: number;
}

export interface KeystrokeResult {
  readonly count: number;
  readonly debounceMs: number;
  readonly keys: readonly string[];
  /** Key down to rows painted. A string says why there is no figure. */
  readonly total: Stats | string;
  /** The filter's `contact-query-change` to rows painted: the time after the debounce. */
  readonly afterDebounce: Stats | string;
  readonly toAnswer: Stats | string;
  readonly answerToRows: Stats | string;
  readonly note?: string;
}

/** Letters typed into the empty box, one run each; all different, so no run hits the source's result cache. */
const KEYS = ['a', 'o', 'e', 'm', 'k', 'd', 's'];

const { count = 100_000 } = params<{ count: number }>();
const source = benchSource(count);
await source.listContacts({}, { size: 1 });

// Answers to the list's searches (first pages; not the filter's one-row count), by the search text.
const answers = new Map<string, { at: number; items: readonly Contact[] }>();
let lastAnswer: readonly Contact[] | undefined;
const listContacts = source.listContacts.bind(source);
source.listContacts = async (query, page, options) => {
  const result = await listContacts(query, page, options);
  const at = performance.now();
  if (!page.cursor && page.size > 1) {
    if (query.search && !answers.has(query.search)) answers.set(query.search, { at, items: result.items });
    if (!query.search) lastAnswer = result.items;
  }
  return result;
};

const host = mountPoint();
const provider = document.createElement('contact-source-provider') as HTMLElement & { source: ContactSource | undefined };
provider.style.cssText = 'display:flex;flex-direction:column;height:100%';
const filter = document.createElement('contact-filter');
const list = document.createElement('contact-list');
list.style.cssText = 'flex:1 1 auto;min-block-size:0';
provider.append(filter, list);
provider.source = source;
host.append(provider);

const names = (items: readonly Contact[] | undefined) => (items ?? []).slice(0, 20).map((c) => c.name);
const unfiltered = await paintedWhen(() => lastAnswer !== undefined && showsAnyOf(names(lastAnswer))());
const firstPage = lastAnswer;
const search = [...deepElements(filter)].find((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.type === 'search');

/** When the key went down, and when the filter reported the query, in the current run. */
const seen = { keyDown: 0, query: 0 };
window.addEventListener('keydown', (event) => (seen.keyDown = event.timeStamp), { capture: true });
filter.addEventListener('contact-query-change', () => (seen.query = performance.now()));

const total: number[] = [];
const afterDebounce: number[] = [];
const toAnswer: number[] = [];
const answerToRows: number[] = [];
const notes: string[] = [];
if (!unfiltered || !firstPage) notes.push('the list never showed the first page');
else if (!search) notes.push('no search box found in <contact-filter>');
else {
  for (const key of KEYS) {
    for (let i = 0; i < 20; i++) await afterNextPaint();
    search.focus();
    seen.keyDown = 0;
    seen.query = 0;
    await window.benchPress(key);
    const painted = await paintedWhen(() => {
      const answer = answers.get(key);
      if (!answer?.items.length) return false;
      const gone = names(firstPage).filter((name) => !answer.items.some((c) => c.name === name));
      return showsAnyOf([answer.items[0]!.name])() && !showsAnyOf(gone)();
    }, 5_000);
    const answer = answers.get(key);
    const { keyDown: keyDownAt, query: queryAt } = seen;
    if (!painted || !answer || !keyDownAt || !queryAt) {
      notes.push(`"${key}": ${!queryAt ? 'no contact-query-change' : !answer ? 'the list never asked for it' : 'rows never updated'}`);
    } else {
      total.push(painted.at - keyDownAt);
      afterDebounce.push(painted.at - queryAt);
      toAnswer.push(answer.at - queryAt);
      answerToRows.push(painted.at - answer.at);
    }
    // Escape clears the box; wait for the whole list again.
    await window.benchPress('Escape');
    await paintedWhen(() => showsAnyOf(names(firstPage))(), 5_000);
  }
}

function stats(values: number[]): Stats | string {
  if (!values.length) return 'no figure';
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return {
    runs: values.length,
    median: sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2,
    max: sorted.at(-1)!,
  };
}

const result: KeystrokeResult = {
  count,
  debounceMs: FILTER_TYPING_DELAY_MS,
  keys: KEYS,
  total: stats(total),
  afterDebounce: stats(afterDebounce),
  toAnswer: stats(toAnswer),
  answerToRows: stats(answerToRows),
  ...(notes.length ? { note: notes.join('; ') } : {}),
};
finish(result);
