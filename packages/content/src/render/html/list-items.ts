/**
 * List items as HTML lists can hold them, for every Portable Text array the HTML renderer walks (the top level and
 * the bodies of tips, callouts and practice examples).
 */

/**
 * The deepest list level rendered as its own nested list; deeper items join the list at this level. Real content
 * stays far above it, and `@portabletext/to-html`'s nesting takes time that grows fast with the depth.
 */
export const maxListLevel = 8;

type ListItemBlock = { listItem: unknown; level?: unknown; style?: unknown };

const isListItem = (item: unknown): item is ListItemBlock =>
  typeof item === "object" && item !== null && (item as ListItemBlock).listItem !== undefined;

const levelOf = (item: ListItemBlock): number => (typeof item.level === "number" ? item.level : 1);

/**
 * `items` with list items brought within what HTML lists hold: levels above {@link maxListLevel} at that level, and
 * a styled item (`h2`, …) that skips levels as a plain item: to-html would wrap the lists it adds for the skipped
 * levels in that style, and the item's words would be lost. The same array when nothing needs it.
 */
export function repairListItems(items: readonly unknown[]): readonly unknown[] {
  let previousLevel = 0;
  let repaired: unknown[] | undefined;
  items.forEach((item, index) => {
    if (!isListItem(item)) {
      previousLevel = 0;
      return;
    }
    const level = Math.min(maxListLevel, levelOf(item));
    const styled = typeof item.style === "string" && item.style !== "normal";
    if (level !== item.level && item.level !== undefined) {
      repaired ??= [...items];
      repaired[index] = { ...item, level, ...(styled ? { style: "normal" } : {}) };
    } else if (styled && level > previousLevel + 1) {
      repaired ??= [...items];
      repaired[index] = { ...item, style: "normal" };
    }
    previousLevel = level;
  });
  return repaired ?? items;
}
