import { tagsMessages } from "./messages";

/** The columns of the tags table on the settings sheet. */
export const TAG_COLUMNS = ["name", "zh", "en", "fill", "font", "rank", "aliases"] as const;
export type TagColumn = (typeof TAG_COLUMNS)[number];

/** Header text OrderFlow writes for each column. */
export const TAG_COLUMN_TITLES = {
  name: tagsMessages["tags.column.name"]["zh-CN"],
  zh: tagsMessages["tags.column.zh"]["zh-CN"],
  en: tagsMessages["tags.column.en"]["zh-CN"],
  fill: tagsMessages["tags.column.fill"]["zh-CN"],
  font: tagsMessages["tags.column.font"]["zh-CN"],
  rank: tagsMessages["tags.column.rank"]["zh-CN"],
  aliases: tagsMessages["tags.column.aliases"]["zh-CN"],
} as const satisfies Record<TagColumn, string>;

// Checked in TAG_COLUMNS order; a header names a column when it contains one of its words.
const COLUMN_WORDS = {
  name: ["name", "名称", "标签名"],
  zh: ["中文"],
  en: ["english", "英文"],
  fill: ["颜色", "fill", "底色", "背景"],
  font: ["字色", "font", "文字颜色"],
  rank: ["排序", "rank", "优先"],
  aliases: ["别名", "alias"],
} as const satisfies Record<TagColumn, readonly string[]>;

/** Which column a header cell names, if any. */
export function tagColumnOf(header: string): TagColumn | undefined {
  const text = header.normalize("NFKC").trim().toLowerCase();
  if (text === "") return undefined;
  return TAG_COLUMNS.find((column) => COLUMN_WORDS[column].some((word) => text.includes(word)));
}
