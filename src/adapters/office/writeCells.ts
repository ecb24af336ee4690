import type { CellValue } from "../../core/grid";
import type { Area, CellWrite } from "../../core/plan";

/**
 * Cells per write request: Excel on the web refuses requests over 5 MB; OrderFlow's cells are short
 * (statuses, names, serials), so 40,000 cells stay well under it.
 */
export const WRITE_CHUNK_CELLS = 40_000;

/**
 * Queues writes in row chunks and syncs whenever a chunk budget fills, so that the number of syncs
 * grows with the data size in chunks, not with the number of rows or writes.
 */
export class ChunkedWriter {
  private queued = 0;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly sheet: Excel.Worksheet,
    private readonly chunkCells = WRITE_CHUNK_CELLS,
  ) {}

  async writeValues(write: CellWrite): Promise<void> {
    await this.forChunks(write.area, (range, from, to) => {
      range.values = write.values.slice(from, to) as CellValue[][];
    });
  }

  async writeNumberFormat(area: Area, format: string): Promise<void> {
    await this.forChunks(area, (range, from, to) => {
      range.numberFormat = Array.from({ length: to - from }, () =>
        new Array<string>(area.columnCount).fill(format),
      );
    });
  }

  /** One number format per column of `area`, on every row (new rows taking the formats of the row above). */
  async writeColumnFormats(area: Area, formats: readonly string[]): Promise<void> {
    await this.forChunks(area, (range, from, to) => {
      range.numberFormat = Array.from({ length: to - from }, () => [...formats]);
    });
  }

  /** Sends whatever is queued. */
  async flush(): Promise<void> {
    if (this.queued === 0) return;
    await this.context.sync();
    this.syncs++;
    this.queued = 0;
  }

  private async forChunks(
    area: Area,
    apply: (range: Excel.Range, from: number, to: number) => void,
  ): Promise<void> {
    const rowsPerChunk = Math.max(1, Math.floor(this.chunkCells / Math.max(1, area.columnCount)));
    for (let from = 0; from < area.rowCount; from += rowsPerChunk) {
      const to = Math.min(area.rowCount, from + rowsPerChunk);
      const cells = (to - from) * area.columnCount;
      if (this.queued > 0 && this.queued + cells > this.chunkCells) await this.flush();
      apply(
        this.sheet.getRangeByIndexes(area.row + from, area.column, to - from, area.columnCount),
        from,
        to,
      );
      this.queued += cells;
    }
  }
}
