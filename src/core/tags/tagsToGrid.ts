import { TAG_COLUMN_TITLES, TAG_COLUMNS } from "./tagColumns";
import type { TagDef } from "./tagDef";

/** The tags table for the settings sheet (what `loadTags` reads back); aliases joined with `, `. */
export function tagsToGrid(palette: readonly TagDef[]): string[][] {
  return [
    TAG_COLUMNS.map((column) => TAG_COLUMN_TITLES[column]),
    ...palette.map((tag) => [
      tag.name,
      tag.label["zh-CN"],
      tag.label["en-US"],
      tag.fill,
      tag.font,
      String(tag.rank),
      tag.aliases.join(", "),
    ]),
  ];
}
