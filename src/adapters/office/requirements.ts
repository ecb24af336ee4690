/**
 * Whether the running Excel supports an ExcelApi requirement set. The manifest requires 1.12; higher
 * sets (1.13 merged areas, 1.14 triggerSource) are detected at run time and their features skipped
 * politely when missing.
 */
export function isApiSupported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}
