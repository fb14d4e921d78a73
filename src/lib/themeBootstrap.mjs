// Kept as a string so astro.config.mjs can hash it for the Content-Security-Policy.
export const THEME_STORAGE_KEY = 'guide-theme';

export const THEME_BOOTSTRAP = `(()=>{let t;try{t=localStorage.getItem('${THEME_STORAGE_KEY}')}catch(e){}if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.dataset.theme=t})()`;
