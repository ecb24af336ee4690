export { ApplySettingsOffer } from "./ApplySettings";
export { CheckView } from "./CheckView";
export { HomeView } from "./HomeView";
export { Onboarding } from "./Onboarding";
export { ReviewView } from "./ReviewView";
export { SelectionView } from "./SelectionView";
export { TeamView } from "./TeamView";
