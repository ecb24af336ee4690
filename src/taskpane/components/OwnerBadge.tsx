import { Avatar } from "@fluentui/react-components";
import { initials } from "../format";

/** The owner's initials in a small avatar, the full name as its accessible name and tooltip. */
export function OwnerBadge({ name }: { readonly name: string }) {
  if (name === "") return null;
  return <Avatar size={20} name={name} initials={initials(name)} color="colorful" title={name} />;
}
