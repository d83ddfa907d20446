/** How managed names compare: "Sales" and " sales" are one department, "AI" and "ai" one topic. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}
