import type { Catalog } from "../i18n/translate";

/** Every user-visible string of the tags module. */
export const tagsMessages = {
  "tags.tag.urgent": { "zh-CN": "加急", "en-US": "Urgent" },
  "tags.tag.vip": { "zh-CN": "VIP", "en-US": "VIP" },
  "tags.tag.custom": { "zh-CN": "定制", "en-US": "Custom" },
  "tags.tag.giftNote": { "zh-CN": "贺卡", "en-US": "Gift note" },
  "tags.tag.preSale": { "zh-CN": "预售", "en-US": "Pre-sale" },
  "tags.tag.reship": { "zh-CN": "补发", "en-US": "Reship" },

  "tags.column.name": { "zh-CN": "name", "en-US": "name" },
  "tags.column.zh": { "zh-CN": "中文", "en-US": "中文" },
  "tags.column.en": { "zh-CN": "English", "en-US": "English" },
  "tags.column.fill": { "zh-CN": "颜色 Fill", "en-US": "颜色 Fill" },
  "tags.column.font": { "zh-CN": "字色 Font", "en-US": "字色 Font" },
  "tags.column.rank": { "zh-CN": "排序 Rank", "en-US": "排序 Rank" },
  "tags.column.aliases": { "zh-CN": "别名 Aliases", "en-US": "别名 Aliases" },

  "tags.problem.missingColumn": {
    "zh-CN": "标签表缺少「{column}」列",
    "en-US": 'The tags table has no "{column}" column',
  },
  "tags.problem.emptyName": {
    "zh-CN": "第 {row} 行：标签名为空",
    "en-US": "Row {row}: the tag name is empty",
  },
  "tags.problem.duplicateName": {
    "zh-CN": "第 {row} 行（{name}）：「{value}」已在第 {firstRow} 行使用",
    "en-US": 'Row {row} ({name}): "{value}" is already used in row {firstRow}',
  },
  "tags.problem.badColour": {
    "zh-CN": "第 {row} 行（{name}）：颜色「{value}」不是 #RRGGBB 格式",
    "en-US": 'Row {row} ({name}): colour "{value}" is not in #RRGGBB form',
  },
  "tags.problem.invalidRank": {
    "zh-CN": "第 {row} 行（{name}）：排序「{value}」不是正整数",
    "en-US": 'Row {row} ({name}): rank "{value}" is not a positive whole number',
  },
} as const satisfies Catalog;
