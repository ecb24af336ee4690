import JSZip from "jszip";

/*
 * The zip container of an .xlsx, through JSZip: the parts ExcelJS drops (add-in settings, formula
 * names) are carried across, and the parts it can not keep are found, from these.
 */

/** A package opened for reading; null when the bytes are no readable zip. */
export async function openZip(bytes: Uint8Array): Promise<JSZip | null> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
}

/** The names of the package's parts (folders left out), in the package's order. */
export function partNames(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((file) => !file.dir)
    .map((file) => file.name);
}

/** The text of the part `name`: "" when the package has none or it can not be inflated. */
export async function partText(zip: JSZip, name: string): Promise<string> {
  try {
    return (await zip.file(name)?.async("string")) ?? "";
  } catch {
    return "";
  }
}
