import { tagsMessages } from "./messages";
import type { TagDef } from "./tagDef";

/*
 * Light fills so the row stays readable with Excel's gridlines and selection, dark fonts of the same hue;
 * every pair is above WCAG AA (4.5:1), checked by the tests. Aliases contain no separator (space, comma),
 * since a tags cell is split on those.
 */
export const DEFAULT_TAGS: readonly TagDef[] = [
  {
    name: "加急",
    aliases: ["urgent", "rush", "asap"],
    label: tagsMessages["tags.tag.urgent"],
    fill: "#FDE2E1",
    font: "#9B1C1C",
    rank: 1,
  },
  {
    name: "VIP",
    aliases: ["贵宾"],
    label: tagsMessages["tags.tag.vip"],
    fill: "#FFF3C4",
    font: "#7A5200",
    rank: 2,
  },
  {
    name: "定制",
    aliases: ["custom", "customized", "定做"],
    label: tagsMessages["tags.tag.custom"],
    fill: "#EDE4FB",
    font: "#5B2A9E",
    rank: 3,
  },
  {
    name: "贺卡",
    aliases: ["gift", "giftnote", "gift-note", "卡片"],
    label: tagsMessages["tags.tag.giftNote"],
    fill: "#FCE4EF",
    font: "#9D174D",
    rank: 4,
  },
  {
    name: "预售",
    aliases: ["presale", "pre-sale", "preorder", "pre-order"],
    label: tagsMessages["tags.tag.preSale"],
    fill: "#DCEBFF",
    font: "#1E4E8C",
    rank: 5,
  },
  {
    name: "补发",
    aliases: ["reship", "resend", "重发"],
    label: tagsMessages["tags.tag.reship"],
    fill: "#FFE7CC",
    font: "#8A3B00",
    rank: 6,
  },
];
