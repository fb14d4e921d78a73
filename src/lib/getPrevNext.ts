export interface NavLink {
  href: string;
  title: string;
}

/** Previous and next entries around `currentHref` in a reading order. */
export function getPrevNext(order: readonly NavLink[], currentHref: string): { prev?: NavLink; next?: NavLink } {
  const index = order.findIndex((link) => link.href === currentHref);
  if (index === -1) return {};
  return { prev: order[index - 1], next: order[index + 1] };
}
