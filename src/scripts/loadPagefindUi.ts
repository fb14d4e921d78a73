// Loads Pagefind's Component UI from the files the build wrote into pagefind/, once per page.
let loading: Promise<void> | undefined;

export function loadPagefindUi(bundleUrl: string): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = `${bundleUrl}pagefind-component-ui.css`;
    document.head.append(stylesheet);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${bundleUrl}pagefind-component-ui.js`;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => {
      loading = undefined;
      reject(new Error(`Could not load ${script.src}`));
    });
    document.head.append(script);
  });
  return loading;
}
