export { checkRows } from "./checkRows";
export type { CheckInput } from "./checkRows";
export { formatProblem } from "./formatProblem";
