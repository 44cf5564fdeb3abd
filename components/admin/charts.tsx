import { createTranslator } from 'next-intl';
import { formattersFor } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { formatMonthDay } from '@/lib/nepal-time';

/**
 * Charts drawn as SVG on the server: no chart library and no client JavaScript. Every bar is a
 * link to the list behind it, and carries a <title> so hovering (or a screen reader) gives the figure.
 * Plain functions of their props (the locale included), so a test can walk the elements they return.
 */

const chartWords = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: 'admin.charts' });

const niceMax = (value: number) => {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((m) => m >= value) ?? value;
};

type DailySalesChartProps = { days: { day: string; orders: number; revenuePaisa: number }[]; hrefFor: (day: string) => string; locale: Locale };

export function DailySalesChart({ days, hrefFor, locale }: DailySalesChartProps) {
  const t = chartWords(locale);
  const f = formattersFor(locale);
  const width = 720;
  const height = 220;
  const left = 64;
  const bottom = 28;
  const top = 10;
  const plotWidth = width - left - 8;
  const plotHeight = height - top - bottom;
  const max = niceMax(Math.max(...days.map((d) => d.revenuePaisa), 0));
  const slot = plotWidth / Math.max(1, days.length);
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return (
    // Never drawn narrower than 36rem, so its labels stay readable (at least 10 px) on a phone; the box scrolls instead.
    <div className="relative overflow-x-auto">
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="daily-sales-title" className="h-auto w-full min-w-[36rem]" data-testid="daily-sales-chart">
      {/* One string child: React renders mixed children as several text nodes, which an SVG <title> cannot hydrate. */}
      <title id="daily-sales-title">{t('dailyTitle', { days: f.count(days.length) })}</title>
      {ticks.map((tick) => {
        const y = top + plotHeight * (1 - tick);
        return (
          <g key={tick}>
            <line x1={left} x2={width - 8} y1={y} y2={y} stroke="#e2e8f0" />
            <text x={left - 6} y={y + 4} textAnchor="end" fontSize="12" fill="#64748b">
              {f.paisa(Math.round(max * tick), { dropZeroPaisa: true })}
            </text>
          </g>
        );
      })}
      {days.map((d, i) => {
        const h = (d.revenuePaisa / max) * plotHeight;
        const x = left + i * slot + slot * 0.15;
        return (
          <a key={d.day} href={hrefFor(d.day)}>
            <rect x={x} y={top + plotHeight - h} width={slot * 0.7} height={Math.max(h, d.orders > 0 ? 1 : 0)} fill="#047857" data-day={d.day} data-revenue={d.revenuePaisa}>
              <title>{t('dayBar', { day: f.day(d.day), amount: f.paisa(d.revenuePaisa), orders: d.orders })}</title>
            </rect>
            {/* A transparent full-height target so even an empty day can be clicked. */}
            <rect x={left + i * slot} y={top} width={slot} height={plotHeight} fill="transparent" />
            {i % 5 === 0 || i === days.length - 1 ? (
              <text x={x + slot * 0.35} y={height - 10} textAnchor="middle" fontSize="12" fill="#64748b">
                {formatMonthDay(d.day, locale)}
              </text>
            ) : null}
          </a>
        );
      })}
    </svg>
    </div>
  );
}

type HorizontalBarChartProps = { rows: { key: string; label: string; value: number; href: string }[]; label: string; locale: Locale };

export function HorizontalBarChart({ rows, label, locale }: HorizontalBarChartProps) {
  const t = chartWords(locale);
  const f = formattersFor(locale);
  const rowHeight = 26;
  // Narrow enough that its 13-unit labels read at about 10 px on a 360 px phone.
  const width = 400;
  const labelWidth = 150;
  const height = rows.length * rowHeight + 4;
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="h-auto w-full max-w-xl" data-testid="status-chart">
      {rows.map((r, i) => {
        const y = i * rowHeight + 2;
        const w = (r.value / max) * (width - labelWidth - 50);
        return (
          <a key={r.key} href={r.href}>
            <text x={labelWidth - 8} y={y + 16} textAnchor="end" fontSize="13" fill="#334155">
              {r.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={Math.max(w, r.value > 0 ? 2 : 0)} height={rowHeight - 8} rx="3" fill="#0f766e">
              <title>{t('barTitle', { label: r.label, value: f.count(r.value) })}</title>
            </rect>
            <text x={labelWidth + w + 6} y={y + 16} fontSize="13" fill="#0f172a">
              {f.count(r.value)}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
