/** The document title: "Page | Site", or the page title alone when the pair would be too long for a search result. */
export function composeTitle(pageTitle: string, siteName: string, maxLength = 70): string {
  if (pageTitle === siteName) return pageTitle;
  const full = `${pageTitle} | ${siteName}`;
  return full.length <= maxLength ? full : pageTitle;
}
