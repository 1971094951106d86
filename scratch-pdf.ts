import { chromium } from 'playwright-core';
import { serve } from './tests/helpers/serve.ts';
const [dir, ...pages] = process.argv.slice(2);
const s = await serve(dir!);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
const p = await b.newPage();
for (const [i, page] of pages.entries()) {
  await p.goto(s.url + page);
  await p.pdf({ path: `/tmp/print-${i}.pdf`, format: 'A4' });
}
await b.close();
await s.close();
