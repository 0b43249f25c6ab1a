import { chromium } from '@playwright/test';
import { startServer } from './scripts/bench/measure.ts';
const server = await startServer(4392);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] });
for (const url of process.argv.slice(2)) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    (window as any).__lt = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).__lcp = [Math.round(e.startTime), (e as any).element?.tagName + '.' + (e as any).element?.className]; }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(`http://localhost:4392/${url}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(3000);
  const r = await page.evaluate(() => ({ lt: (window as any).__lt, lcp: (window as any).__lcp, res: performance.getEntriesByType('resource').map((e: any) => [e.name.replace(location.origin, ''), Math.round(e.startTime), Math.round(e.responseEnd)]) }));
  console.log(url, JSON.stringify(r, null, 0));
  await context.close();
}
await browser.close(); server.kill();
