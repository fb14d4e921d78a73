// Behaviour the stylesheets give on their own, and a script gives browsers without the CSS feature:
// "back to top" shows itself by a scroll-driven animation (global.css), and collapsed content prints
// open by ::details-content (print.css).
if (!CSS.supports('animation-timeline: scroll()')) {
  void import('./backToTopFallback').then((module) => module.showBackToTopPastAScreen());
}
if (!CSS.supports('selector(::details-content)')) {
  void import('./printDetailsFallback').then((module) => module.openDetailsWhenPrinting());
}
