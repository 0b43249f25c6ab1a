import { chromium } from '@playwright/test';
const B = 'http://localhost:4330/';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
const p = await ctx.newPage();
const errors: string[] = [];
p.on('pageerror', (e) => errors.push(String(e)));
p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
const log = (...a: unknown[]) => console.log(...a);

// Issue 4
for (const lang of ['en', 'zh']) {
  await p.goto(`${B}${lang}/decode/`);
  const ta = p.locator('main textarea');
  for (const input of ['{"code":4500,"message":"(100004) incorrect projectId","codeDesc":"Replay"}', 'log 2024 resp={"code":"5100","message":"\\\\u9519\\\\u8bef"}', '{"code":0}', '{"code":4999}', 'hello <img src=x onerror=alert(1)>']) {
    await ta.fill(input); await p.waitForTimeout(150);
    log('decode', lang, JSON.stringify(input).slice(0, 50), '→', (await p.locator('#decoder-output').innerText().catch(() => '?')).replace(/\n/g, ' | ').slice(0, 170));
  }
  if (lang === 'en') { const big = '{"code":4400,"message":"(1) ' + 'quota '.repeat(175000) + '"}';
  await p.locator('#decoder-output').evaluate((o) => { (window as any).__t = 0; new MutationObserver(() => { (window as any).__t ||= performance.now(); }).observe(o, { childList: true, subtree: true }); });
  const t = await p.evaluate(() => performance.now()); await ta.fill(big); await p.locator('#decoder-output[data-kind=error]').waitFor();
  log('1MB paste', big.length, 'chars: result after', Math.round((await p.evaluate(() => (window as any).__t)) - t), 'ms (incl. fill)'); }
}
for (const lang of ['en', 'zh']) {
  await p.goto(`${B}${lang}/codes/4500/`);
  const clock = p.locator('[data-clock-check]');
  await clock.locator('input').fill(String(Math.floor(Date.now() / 1000) - 600));
  await p.waitForTimeout(200);
  log('clock', lang, (await clock.innerText()).replace(/\n/g, ' | ').slice(0, 300));
  log('api3 rows', lang, await p.locator('.api3-table tbody tr').count(), 'retry verdict', await p.locator('[data-retry]').getAttribute('data-retry'));
}
for (const path of ['codes.json', 'codes/4500.json', 'codes.schema.json']) { const r = await p.request.get(B + path); log(path, r.status(), (await r.body()).length, 'bytes'); }
const zhCtx = await b.newContext({ locale: 'zh-CN' }); const zp = await zhCtx.newPage(); await zp.goto(`${B}4500`); await zp.waitForURL(/codes/); log('short link zh browser ->', zp.url());
const noJs = await b.newContext({ javaScriptEnabled: false }); const np = await noJs.newPage(); await np.goto(`${B}6100/`); await np.waitForTimeout(500); log('short link no JS ->', np.url());
// offline
await p.goto(`${B}en/codes/4500/`); await p.waitForFunction(() => navigator.serviceWorker?.controller || document.querySelector('.offline-status'), null, { timeout: 15000 }).catch(() => {});
await p.locator('.offline-status').waitFor({ timeout: 20000 }).catch(() => log('no offline status'));
log('footer offline:', await p.locator('.offline-status').innerText().catch(() => 'none'));
await ctx.setOffline(true);
await p.goto(`${B}zh/codes/6200/`); log('offline page h1', await p.locator('h1').innerText());
await p.goto(`${B}zh/search/?q=${encodeURIComponent('签名')}`); await p.locator('.search-results .search-hit').first().waitFor({ timeout: 5000 }).catch(() => {}); log('offline search hits', await p.locator('.search-results .search-hit').count());
await ctx.setOffline(false);
log('page errors', errors.length, errors.slice(0, 3));
await b.close();
