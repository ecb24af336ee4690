/**
 * A formula moved down `rows` rows: relative row numbers of A1 references shift, `$`-anchored ones and
 * text in quotes do not (structured references like `[@金额]` need nothing).
 */
export function shiftFormulaRows(formula: string, rows: number): string {
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.$])(\$?[A-Za-z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
            (whole, before: string, column: string, anchor: string, row: string) =>
              anchor === "$" ? whole : `${before}${column}${Number(row) + rows}`,
          ),
    )
    .join('"');
}
