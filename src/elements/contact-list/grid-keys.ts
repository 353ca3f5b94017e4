/**
 * The WAI-ARIA grid pattern's keys as moves: which cell a key takes focus to. Pure, so the
 * element only has to know where the cell is and how to bring it on screen.
 *
 * Rows are numbered from -1 (the header row) to `rowCount - 1`; columns are the focusable
 * cells of a row, from 0 to `columnCount - 1` (fewer in the compact layout).
 */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

export interface GridSize {
  readonly rowCount: number;
  readonly columnCount: number;
  /** Rows a PageUp/PageDown moves: what fits in the viewport, less one for context. */
  readonly pageRows: number;
}

/** The header row's index. */
export const HEADER_ROW = -1;

/**
 * Where `key` (with Ctrl or Cmd held when `ctrl`) moves focus from `at`; undefined when the
 * key is not a grid move. Left and Right follow the visual direction: mirrored when `rtl`.
 */
export function gridMove(key: string, ctrl: boolean, at: GridPosition, size: GridSize, rtl: boolean): GridPosition | undefined {
  const lastRow = size.rowCount - 1;
  const lastColumn = size.columnCount - 1;
  const row = (value: number) => ({ row: Math.max(HEADER_ROW, Math.min(lastRow, value)), column: at.column });
  switch (key) {
    case 'ArrowDown':
      return row(at.row + 1);
    case 'ArrowUp':
      return row(at.row - 1);
    case 'ArrowRight':
      return { row: at.row, column: Math.max(0, Math.min(lastColumn, at.column + (rtl ? -1 : 1))) };
    case 'ArrowLeft':
      return { row: at.row, column: Math.max(0, Math.min(lastColumn, at.column + (rtl ? 1 : -1))) };
    case 'PageDown':
      return row(Math.max(at.row, 0) + size.pageRows);
    case 'PageUp':
      // Stops at the first data row: the header is reached with ArrowUp or Ctrl+Home.
      return row(Math.max(0, Math.min(at.row, lastRow) - size.pageRows));
    case 'Home':
      // Ctrl+Home: the first cell of the first data row (the header is one ArrowUp away).
      return ctrl ? { row: Math.min(0, lastRow), column: 0 } : { row: at.row, column: 0 };
    case 'End':
      return ctrl ? { row: lastRow, column: lastColumn } : { row: at.row, column: lastColumn };
    default:
      return undefined;
  }
}
