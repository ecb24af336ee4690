export { refreshWeeklyReview } from "./refreshWeeklyReview";
export type { RefreshReviewOptions } from "./refreshWeeklyReview";
