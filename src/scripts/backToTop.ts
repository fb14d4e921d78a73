// "Back to top" shows itself by CSS (a scroll-driven animation, global.css); browsers without that
// get the script.
if (!CSS.supports('animation-timeline: scroll()')) {
  void import('./backToTopFallback').then((module) => module.showBackToTopPastAScreen());
}
