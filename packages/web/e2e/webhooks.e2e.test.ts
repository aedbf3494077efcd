import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { seriousViolations, horizontalOverflow } from './support/axe';
import { eventually, launch, session } from './support/browser';

/** Webhook settings in the browser: add a URL, keep the secret shown once, send a test, follow it in the delivery log. */
let browser: Browser;
let receiver: http.Server;
const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
let release!: () => void;
const held = new Promise<void>((resolve) => (release = resolve));
beforeAll(async () => {
  browser = await launch();
  // Fails the first attempt; holds the second until the page has shown the failure, then accepts it.
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (received.length === 1) return void res.writeHead(500).end();
      await held;
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await browser?.close();
  release?.();
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
});

const verifies = (secret: string, body: string, header: string) => {
  const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) ?? [];
  return !!t && timingSafeEqual(createHmac('sha256', secret).update(`${t}.${body}`).digest(), Buffer.from(v1, 'hex'));
};

it('an admin adds a webhook, sees its secret once, sends a test and watches it retried then delivered', async () => {
  const { context, page, errors } = await session(browser, 'admin@demo.crm');
  try {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    await page.goto('/settings/webhooks');
    await page.getByLabel('URL').fill(url);
    await page.getByLabel('Event types').fill('webhook.ping');
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const secret = await page.getByTestId('copy-value').inputValue();
    expect(secret).toMatch(/^whsec_/);
    const row = page.locator('tr').filter({ hasText: url });
    await row.getByRole('button', { name: 'Send test' }).click();
    const delivery = page.getByTestId('webhook-delivery').filter({ hasText: 'webhook.ping' }).first();
    await eventually('the failed first attempt in the log', async () => {
      await page.reload();
      const shown = await delivery.innerText();
      return shown.includes('Retrying') && shown.includes('HTTP 500');
    }, 30_000);
    release();
    await eventually('the delivery delivered after the retry', async () => {
      await page.reload();
      return (await delivery.innerText()).includes('Delivered');
    }, 30_000);
    expect(await delivery.innerText()).toContain('200');
    expect(received).toHaveLength(2);
    for (const request of received) expect(verifies(secret, request.body, String(request.headers['x-webhook-signature']))).toBe(true);
    expect(JSON.parse(received[1].body)).toMatchObject({ type: 'webhook.ping' });
    // The secret is not on the page any more once it is left.
    await page.goto('/settings/webhooks');
    await row.waitFor();
    expect(await page.getByTestId('copy-value').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
