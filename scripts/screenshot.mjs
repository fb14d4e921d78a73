// Takes screenshots of built pages for a human look: node scripts/screenshot.mjs URL OUT.png [dark] [width]
import { chromium } from 'playwright-core';

const [url, out, theme = 'light', width = '1280'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const context = await browser.newContext({
  viewport: { width: Number(width), height: 900 },
  colorScheme: theme === 'dark' ? 'dark' : 'light',
});
const page = await context.newPage();
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
