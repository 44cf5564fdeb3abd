import type { Page } from '@playwright/test';

export type Overflow = { path: string; scrollWidth: number; clientWidth: number; widest: string };

/**
 * Whether the page scrolls sideways (document.documentElement.scrollWidth > clientWidth) and, if
 * so, the widest element that sticks out past the right edge without a scrolling or clipping box
 * of its own around it: the one to fix.
 */
export async function horizontalOverflow(page: Page, path: string): Promise<Overflow | null> {
  const found = await page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const describe = (element: Element, box: DOMRect): string => {
      const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).slice(0, 4).join('.')}` : '';
      const testId = element.getAttribute('data-testid');
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      return `<${element.tagName.toLowerCase()}${testId ? ` data-testid="${testId}"` : ''}${classes}> ${Math.round(box.width)}px wide, right edge ${Math.round(box.right)}px: “${text}”`;
    };
    const clipped = (element: Element): boolean => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        // A scrolling or clipping box that itself fits the screen contains what is inside it.
        if (getComputedStyle(parent).overflowX !== 'visible' && parent.getBoundingClientRect().right <= root.clientWidth + 0.5) return true;
      }
      return false;
    };
    let widest: { width: number; text: string } | null = null;
    // An absolutely placed element escapes a scrolling box that is not its containing block: named if nothing else is.
    let farthest: { right: number; text: string } | null = null;
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.right <= root.clientWidth + 0.5) continue;
      if (!farthest || box.right > farthest.right) farthest = { right: box.right, text: describe(element, box) };
      if (box.width === 0 || clipped(element)) continue;
      if (widest && box.width <= widest.width) continue;
      widest = { width: box.width, text: describe(element, box) };
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest: widest?.text ?? farthest?.text ?? '(none found)' };
  });
  return found ? { path, ...found } : null;
}

