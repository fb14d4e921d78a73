/**
 * The section a reader is in: the last heading whose top has scrolled above `line` (pixels from
 * the top of the viewport, below the sticky header). Before the first heading it is the first one;
 * at the very bottom of the page it is the last, even if that heading never reaches the line.
 */
export function currentSectionIndex(headingTops: readonly number[], line: number, atPageEnd: boolean): number {
  if (headingTops.length === 0) return -1;
  if (atPageEnd) return headingTops.length - 1;
  let current = 0;
  headingTops.forEach((top, index) => {
    if (top <= line) current = index;
  });
  return current;
}
