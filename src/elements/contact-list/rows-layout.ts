import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { afterNextPaint } from '../../controllers/after-paint.js';

// The package exports no path to its layout types: take them from the class.
type LayoutHostSink = ConstructorParameters<typeof FlowLayout>[0];
type LayoutConfig = ConstructorParameters<typeof FlowLayout>[1];

/**
 * Rows rendered beyond each edge of the viewport, in pixels: enough for a fast wheel's next few
 * frames (120 px a frame) to find rows ready. The virtualizer's default, 1,000 px, renders
 * about 36 rows nobody sees; every one of them costs work on the first paint, on each new
 * query and on each jump of a dragged scrollbar.
 */
const OVERHANG_PX = 400;
/** A row's height before any is measured: `--contact-row-height`'s default, 3.5rem. */
const ESTIMATED_ROW_PX = 56;

/**
 * The virtualizer's flow layout with a smaller overhang and a first estimate of a row's height
 * close to the real one (its default, 100 px, renders too few rows on the first frame, and a
 * second pass in the same frame adds the rest). The first rows are only those in view: the
 * overhang comes once the first loaded rows are painted, so that frame builds no row nobody sees.
 */
class ContactRowsLayout extends FlowLayout {
  #overhangScheduled = false;

  constructor(sink: LayoutHostSink, config?: LayoutConfig) {
    super(sink, config);
    this._overhang = 0;
    this._itemSize = { width: ESTIMATED_ROW_PX, height: ESTIMATED_ROW_PX };
  }

  override _reflow(): void {
    super._reflow();
    // Placeholder rows (null items, the first load) do not count: the first page must still
    // find no overhang, or it renders those rows in the frame that should show it.
    if (this.#overhangScheduled || this._last < this._first || this._items[this._first] == null) return;
    this.#overhangScheduled = true;
    // After the frame that paints the first rows.
    afterNextPaint(() => {
      this._overhang = OVERHANG_PX;
      this._triggerReflow();
    });
  }
}

/** The `layout` of `<contact-list>`'s virtualizer: one object, so each render keeps its layout. */
export const CONTACT_ROWS_LAYOUT = { type: ContactRowsLayout } as const;
