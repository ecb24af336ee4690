export { MemberEmailInput } from "./MemberEmailInput";
export { MyDay } from "./MyDay";
export { NotificationsSetting } from "./NotificationsSetting";
