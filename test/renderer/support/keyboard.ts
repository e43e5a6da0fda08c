import type { Page } from 'playwright-core';

/** The focused element as a person hears it: its role-ish tag and its accessible text. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    // The label's own words, without the text of the control inside it (a <select>'s options).
    const label = (el as HTMLInputElement).labels?.[0]?.cloneNode(true) as HTMLElement | undefined;
    label?.querySelectorAll('select, input').forEach((child) => child.remove());
    const name = (el.getAttribute('aria-label') ?? label?.textContent ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
    const type = el instanceof HTMLInputElement ? `${el.tagName.toLowerCase()}[${el.type}]` : el.tagName.toLowerCase();
    return `${type}:${name}`;
  });
}

/** Presses Tab until the focused element's description contains `text`; fails if it takes more than `max` presses. */
export async function tabTo(page: Page, text: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).includes(text)) return;
  }
  throw new Error(`"${text}" was not reached with ${max} presses of Tab; focus is on ${await focused(page)}`);
}

/** The Tab order from the top of the page, `count` stops long. */
export async function tabOrder(page: Page, count: number): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(await focused(page));
  }
  return stops;
}
