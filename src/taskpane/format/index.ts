export { formatDue } from "./formatDue";
export { initials } from "./initials";
export { joinList } from "./joinList";
export { recentWeeks } from "./isoWeek";
export type { WeekChoice } from "./isoWeek";
export { portErrorText } from "./portErrorText";
export { refusalText, stageText } from "./refusalText";
export { rowAddress } from "./rowAddress";
