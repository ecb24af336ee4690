export { checkBoardMove, workflowOf } from "./checkBoardMove";
