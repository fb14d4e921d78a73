// Kept as a string so astro.config.mjs can hash it for the Content-Security-Policy. Besides the
// theme it applies the reader's "term links off" choice, so links never flash on and off, and marks
// Apple platforms so the search hint reads ⌘K there from the first paint. data-js shows the controls
// that only work with scripts (global.css) before they paint, so showing them later moves nothing.
export const THEME_STORAGE_KEY = 'guide-theme';
export const TERM_LINKS_STORAGE_KEY = 'guide-term-links';

// A block, not a function, scopes its variables: the smallest script that leaks no global.
export const THEME_BOOTSTRAP = `{let d=document.documentElement.dataset,t,l;d.js='';try{t=localStorage.getItem('${THEME_STORAGE_KEY}');l=localStorage.getItem('${TERM_LINKS_STORAGE_KEY}')}catch{}d.theme=t=='light'||t=='dark'?t:matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';if(l=='off')d.termLinks='off';if(/Mac|iP/.test(navigator.platform))d.platform='apple'}`;
