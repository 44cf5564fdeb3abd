import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DailySalesChart, HorizontalBarChart } from './charts';

/** Every <title> element in a tree of host elements, with its children as given. */
function titles(node: ReactNode): unknown[] {
  if (Array.isArray(node)) return node.flatMap(titles);
  if (!isValidElement(node)) return [];
  const element = node as ReactElement<{ children?: ReactNode }>;
  const own = element.type === 'title' ? [element.props.children] : [];
  return [...own, ...titles(element.props.children)];
}

const days = Array.from({ length: 30 }, (_, i) => ({ day: `2026-11-${String(i + 1).padStart(2, '0')}`, orders: i % 3, revenuePaisa: i * 1000 }));

describe('admin charts', () => {
  // Mixed children render as several text nodes with comment markers between them, which an SVG
  // <title> does not keep: the dashboard failed to hydrate on every load.
  it('give every SVG <title> a single string, so the dashboard hydrates', () => {
    const found = [...titles(DailySalesChart({ days, hrefFor: (day) => `/admin/orders?day=${day}`, locale: 'en' })), ...titles(HorizontalBarChart({ rows: [{ key: 'a', label: 'Packed', value: 3, href: '/admin/orders' }], label: 'Orders by status', locale: 'en' }))];
    expect(found.length).toBe(days.length + 2);
    for (const children of found) expect(typeof children).toBe('string');
    const html = renderToStaticMarkup(DailySalesChart({ days, hrefFor: () => '/', locale: 'en' }));
    expect(html).toContain('<title id="daily-sales-title">Daily sales for the last 30 days</title>');
  });

  it('speak the reader’s language', () => {
    const html = renderToStaticMarkup(DailySalesChart({ days, hrefFor: () => '/', locale: 'ne' }));
    expect(html).toContain('<title id="daily-sales-title">');
    expect(html).not.toContain('Daily sales');
    expect(html).toMatch(/\p{Script=Devanagari}/u);
    // The days along the axis, in Nepali digits too.
    expect(html).toContain('>११-०१</text>');
    expect(html).not.toContain('>11-01</text>');
  });
});
