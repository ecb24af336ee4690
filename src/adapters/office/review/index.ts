export { refreshWeeklyReview, weekLabel } from "./refreshWeeklyReview";
export type { RefreshReviewOptions } from "./refreshWeeklyReview";
