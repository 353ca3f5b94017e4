/**
 * What every list variant measures, the same way (see bench/README.md): the data, when it
 * arrived, when rows were first painted, frame intervals while scrolling, the DOM and the heap.
 * Runs in the variant's own page (bench/run.mjs gives each one a fresh browser context).
 */
import type { Contact } from '../../src/model/contact.js';
import { createDemoSource } from '../../src/sources/demo.js';
import type { MemoryContactSource } from '../../src/sources/memory.js';
import type { ContactPage } from '../../src/sources/source.js';
import { median, percentile } from '../lib.js';

/** The moment the generated data is "at": same data, same relative times, on every run. */
export const NOW = new Date('2026-11-20T12:00:00Z');
export const SEED = 1;
/** A frame at 60 Hz. */
export const FRAME_MS = 1000 / 60;

export function benchSource(count: number): MemoryContactSource {
  return createDemoSource({ count, seed: SEED, now: () => NOW });
}

/** Every contact, in the source's default order, read page by page (for the variants that hold all the data). */
const kept: unknown[] = [];

/**
 * Keeps `value` reachable for the page's life: the variants that read every contact into an
 * array keep their source too, as the paging ones do, so the heaps compare.
 */
export function keep<T>(value: T): T {
  kept.push(value);
  return value;
}

export async function readAll(source: MemoryContactSource): Promise<Contact[]> {
  const all: Contact[] = [];
  let cursor: string | undefined;
  do {
    const page: ContactPage = await source.listContacts({}, { size: 1000, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** When each `listContacts` answer reached its caller, and what the first one with rows held. */
export interface Arrivals {
  readonly times: number[];
  firstItems?: readonly Contact[];
  firstAt?: number;
}

/** Wraps `source.listContacts` to note when answers arrive (the moment "data is available"). */
export function recordArrivals(source: MemoryContactSource): Arrivals {
  const arrivals: Arrivals = { times: [] };
  const listContacts = source.listContacts.bind(source);
  source.listContacts = async (...args) => {
    const page = await listContacts(...args);
    const at = performance.now();
    arrivals.times.push(at);
    if (!arrivals.firstItems && page.items.length) {
      arrivals.firstItems = page.items;
      arrivals.firstAt = at;
      // Marks the moment in a BENCH_TRACE timeline ("TimeStamp" event).
      console.timeStamp('bench: first data');
    }
    return page;
  };
  return arrivals;
}

/**
 * Random access by page number over a cursor-paged source (what @vaadin/grid's dataProvider
 * asks for): each page's cursor comes from the one before, fetched once and kept.
 */
export function pageReader(source: MemoryContactSource, size: number): (index: number) => Promise<ContactPage> {
  const pages: Promise<ContactPage>[] = [];
  const page = (index: number): Promise<ContactPage> => {
    // Walk up to the page from the nearest one already asked for (no deep recursion on a jump).
    let known = Math.min(index, pages.length - 1);
    while (known >= 0 && !pages[known]) known--;
    for (let i = known + 1; i <= index; i++) {
      pages[i] =
        i === 0
          ? source.listContacts({}, { size })
          : pages[i - 1]!.then((previous) =>
              previous.nextCursor
                ? source.listContacts({}, { size, cursor: previous.nextCursor })
                : { items: [], ...(previous.total !== undefined ? { total: previous.total } : {}) },
            );
    }
    return pages[index]!;
  };
  return page;
}

/** A full-viewport box to mount a variant in. */
export function mountPoint(): HTMLElement {
  document.documentElement.style.cssText = 'height:100%;margin:0';
  document.body.style.cssText = 'height:100%;margin:0;font:14px/1.4 system-ui,sans-serif';
  const host = document.createElement('main');
  host.style.cssText = 'display:block;height:100vh;width:100vw;overflow:hidden';
  document.body.append(host);
  return host;
}

/** Resolves just after the next frame's rendering (style, layout, paint) on the main thread. */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(performance.now());
      };
      channel.port2.postMessage(undefined);
    }),
  );
}

export interface Painted {
  /** Just after the frame that first showed `ready()` rendered. */
  readonly at: number;
  /** That frame and the ones before it: the moments just after each rendered. */
  readonly frames: readonly number[];
}

/** Checks after every frame until `ready()`; undefined after `timeoutMs`. */
export async function paintedWhen(ready: () => boolean, timeoutMs = 15_000): Promise<Painted | undefined> {
  const frames: number[] = [];
  const start = performance.now();
  for (;;) {
    const at = await afterNextPaint();
    frames.push(at);
    if (ready()) return { at, frames };
    if (at - start > timeoutMs) return undefined;
  }
}

/** From data to rows on screen: milliseconds, and in which frame after the data (1 = the next one). */
export interface FirstRows {
  readonly ms: number;
  readonly frame: number;
  /**
   * From mounting the variant to the same frame: the data's arrival aside, so work moved to
   * before the data (preparing while a request is in flight) shows here as not saved.
   */
  readonly sinceMount: number;
}

export function firstRows(dataAt: number | undefined, painted: Painted | undefined, mountedAt: number): FirstRows | undefined {
  if (dataAt === undefined || !painted) return undefined;
  return { ms: painted.at - dataAt, frame: painted.frames.filter((t) => t > dataAt).length, sinceMount: painted.at - mountedAt };
}

/** Every node of the document, into shadow roots (elements, text, comments). */
export function* deepNodes(root: Node = document): Generator<Node> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    yield node;
    const shadow = (node as Element).shadowRoot;
    if (shadow) yield* deepNodes(shadow);
  }
}

export function* deepElements(root: Node = document): Generator<Element> {
  for (const node of deepNodes(root)) if (node.nodeType === Node.ELEMENT_NODE) yield node as Element;
}

export interface DomSize {
  readonly nodes: number;
  readonly elements: number;
  /**
   * Comment nodes: Lit's markers, and with lit-html 3.3 one left behind for every row `repeat`
   * removed (lit/lit#5010: removePart keeps the part's end marker), so this grows with the
   * distance scrolled in any Lit-rendered virtualized list, not with N.
   */
  readonly comments: number;
  /** Body rows shown: `role="row"` with cells, not hidden, not a header row. */
  readonly rows: number;
}

export function domSize(): DomSize {
  let nodes = 0;
  let elements = 0;
  let comments = 0;
  let rows = 0;
  for (const node of deepNodes()) {
    nodes++;
    if (node.nodeType === Node.COMMENT_NODE) comments++;
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    elements++;
    const element = node as Element;
    if (
      element.getAttribute('role') === 'row' &&
      !element.querySelector('[role="columnheader"]') &&
      element.checkVisibility()
    ) {
      rows++;
    }
  }
  return { nodes, elements, comments, rows };
}

/** True once any of `names` shows as a text of its own anywhere in the document (into shadow roots). */
export function showsAnyOf(names: readonly string[]): () => boolean {
  const wanted = new Set(names.map((n) => n.trim()).filter(Boolean));
  return () => {
    for (const node of deepNodes()) {
      if (node.nodeType === Node.TEXT_NODE && wanted.has((node as Text).data.trim())) return true;
    }
    return false;
  };
}

/** The element that scrolls the rows: the tallest scrollable box under (or at) `root`, into shadow roots. */
export function findScroller(root: Element): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  for (const element of deepElements(root)) {
    if (!(element instanceof HTMLElement) || element.scrollHeight <= element.clientHeight + 1) continue;
    const { overflowY } = getComputedStyle(element);
    if (overflowY !== 'auto' && overflowY !== 'scroll') continue;
    if (!best || element.scrollHeight > best.scrollHeight) best = element;
  }
  return best;
}

export interface FrameStats {
  readonly frames: number;
  readonly median: number;
  readonly p95: number;
  /** Frames longer than one 60 Hz frame (16.7 ms), by more than the timer's jitter. */
  readonly long: number;
}

/**
 * rAF timestamps are coarsened to 0.1 ms and wobble by a tenth or two around 16.7 ms on a frame
 * that was on time; a frame that missed its vsync is 33 ms or more. Over 17.7 ms is late.
 */
export const LONG_FRAME_MS = 16.7 + 1;

export function frameStats(intervals: readonly number[]): FrameStats {
  return {
    frames: intervals.length,
    median: median(intervals),
    p95: percentile(intervals, 95),
    long: intervals.filter((i) => i > LONG_FRAME_MS).length,
  };
}

/** Frame intervals (rAF to rAF) while `step(frame)` moves the scroller once per frame. */
export function frameIntervals(frames: number, step?: (frame: number) => void): Promise<number[]> {
  return new Promise((resolve) => {
    const intervals: number[] = [];
    let last: number | undefined;
    let frame = 0;
    const tick = (time: number) => {
      if (last !== undefined) intervals.push(time - last);
      last = time;
      if (frame === frames) {
        resolve(intervals);
        return;
      }
      step?.(frame);
      frame++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export const WHEEL_PX_PER_FRAME = 120;
export const WHEEL_FRAMES = 300;
export const DRAG_FRAMES = 240;

/**
 * How many times each pattern runs (alternating; frames pooled). One: with lit-html 3.3 every row
 * a Lit-rendered virtualized list drops leaves a comment behind (lit/lit#5010), and frames get
 * slower as they pile up (one drag round: 18,000 comments; wheel median 16.7 ms in the first
 * round, 67 ms in the second, 183 ms in the third), so later rounds would measure the leak.
 */
export const SCROLL_ROUNDS = 1;

export interface ScrollResult {
  /** Idle frames before scrolling: what the machine gives with nothing to do. */
  readonly idle: FrameStats;
  /** A steady fast wheel/fling: 120 px a frame (7,200 px/s) for 300 frames, from the top. */
  readonly wheel: FrameStats;
  /** The scrollbar dragged from top to bottom in 240 frames: every frame shows new rows. */
  readonly drag: FrameStats;
}

/** Scrolls `scroller` programmatically, one step per animation frame (scrollTop), and times the frames. */
export async function scrollThrough(scroller: HTMLElement, rounds = SCROLL_ROUNDS): Promise<ScrollResult> {
  const idle = frameStats(await frameIntervals(60));
  const wheel: number[] = [];
  const drag: number[] = [];
  for (let round = 0; round < rounds; round++) {
    scroller.scrollTop = 0;
    await frameIntervals(10);
    let top = 0;
    wheel.push(
      ...(await frameIntervals(WHEEL_FRAMES, () => {
        top += WHEEL_PX_PER_FRAME;
        scroller.scrollTop = top;
      })),
    );
    scroller.scrollTop = 0;
    await frameIntervals(10);
    // The height may have been estimated; take it again now that rows were measured.
    const end = scroller.scrollHeight - scroller.clientHeight;
    drag.push(
      ...(await frameIntervals(DRAG_FRAMES, (frame) => {
        scroller.scrollTop = Math.round(((frame + 1) / DRAG_FRAMES) * end);
      })),
    );
    await frameIntervals(10);
  }
  return { idle, wheel: frameStats(wheel), drag: frameStats(drag) };
}

/** What a variant page reports back to bench/list.bench.ts. */
export interface VariantResult {
  readonly variant: string;
  readonly count: number;
  readonly firstRows?: FirstRows;
  readonly scroll?: ScrollResult;
  readonly dom: DomSize;
  /** Heap with the data loaded, before the UI was mounted; and after scrolling (bytes, after GC). */
  readonly heapData: number;
  readonly heapAfter: number;
  /** Nodes alive in the renderer (DevTools' counter, after GC): includes detached ones. */
  readonly liveNodes: number;
  readonly note?: string;
}

/**
 * The common run: mount, see the first rows painted, scroll, then count and weigh.
 * `mount` puts the UI in `host` and returns the element that holds it, and a function giving
 * when the data reached it and which contacts it shows first (known only after painting for
 * the ones that page).
 */
export async function measureVariant(options: {
  variant: string;
  count: number;
  firstNames: () => readonly string[] | undefined;
  mount: (host: HTMLElement) => HTMLElement;
  dataAt: () => number | undefined;
  note?: string;
  /** Only the first rows (bench/first-rows.bench.ts, which repeats them): no scrolling, DOM or heap. */
  firstOnly?: boolean;
}): Promise<VariantResult> {
  const heapData = options.firstOnly ? 0 : await window.benchHeap();
  const host = mountPoint();
  const mountedAt = performance.now();
  const root = options.mount(host);
  const painted = await paintedWhen(() => {
    const names = options.firstNames();
    return names !== undefined && showsAnyOf(names)();
  });
  const first = firstRows(options.dataAt(), painted, mountedAt);
  if (options.firstOnly) {
    const none = { nodes: 0, elements: 0, comments: 0, rows: 0 };
    return { variant: options.variant, count: options.count, ...(first ? { firstRows: first } : {}), dom: none, heapData, heapAfter: 0, liveNodes: 0 };
  }
  // Let the UI settle (fonts, a second layout pass of the virtualizer) before scrolling.
  for (let i = 0; i < 10; i++) await afterNextPaint();
  const scroller = findScroller(root);
  const scroll = scroller ? await scrollThrough(scroller) : undefined;
  // Counted in the middle of the list, rows rendered on both sides of the viewport, whatever N:
  // where the drag stops depends on how long the list is (at its end, a virtualizer renders
  // rows beyond one edge only).
  if (scroller) {
    scroller.scrollTop = Math.round((scroller.scrollHeight - scroller.clientHeight) / 2);
    for (let i = 0; i < 10; i++) await afterNextPaint();
  }
  const dom = domSize();
  const heapAfter = await window.benchHeap();
  const { nodes: liveNodes } = await window.benchDomCounters();
  return {
    variant: options.variant,
    count: options.count,
    ...(first ? { firstRows: first } : {}),
    ...(scroll ? { scroll } : {}),
    dom,
    heapData,
    heapAfter,
    liveNodes,
    ...(options.note ? { note: options.note } : !scroller ? { note: 'no scroller found' } : {}),
  };
}
