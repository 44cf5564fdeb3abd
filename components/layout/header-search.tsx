'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Suspense, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formattersFor } from '@/lib/i18n/format';
import { getPathname, usePathname, useRouter } from '@/lib/i18n/navigation';

type Suggestion = { name: string; slug: string; generic: string; strength: string };

/**
 * Puts the words searched for into the box on the results page, and empties it on any other page.
 * Only this reads the address: `useSearchParams` makes a cached page render its Suspense boundary
 * in the browser, and were the box inside that boundary it would be replaced on hydration, losing
 * what a shopper on a slow phone typed before the script arrived.
 */
function QueryFromUrl({ onQuery }: { onQuery: (query: string) => void }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = pathname === '/products' ? (searchParams.get('q') ?? '') : '';
  useEffect(() => onQuery(query), [query, onQuery]);
  return null;
}

export function HeaderSearch() {
  const router = useRouter();
  const locale = useLocale();
  const t = useTranslations('common.search');
  const listboxId = useId();
  // The box is uncontrolled so hydration keeps text typed before it; `value` drives suggestions.
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  // The highlight follows a medicine, not a position: a late answer for the same words keeps it.
  const [activeSlug, setActiveSlug] = useState<string | null>(null);
  const active = activeSlug === null ? -1 : suggestions.findIndex((s) => s.slug === activeSlug);
  const request = useRef<AbortController | null>(null);
  const firstQuery = useRef(true);

  const onQuery = useCallback((query: string) => {
    const box = input.current;
    if (!box) return;
    const first = firstQuery.current;
    firstQuery.current = false;
    // Text typed before hydration wins over the address once; after that each page sets the box.
    if (first && box.value !== '' && box.value !== query) {
      setValue(box.value);
      setOpen(document.activeElement === box);
      return;
    }
    box.value = query;
    setValue('');
    setSuggestions([]);
    setOpen(false);
  }, []);

  useEffect(() => {
    const q = value.trim();
    if (q.length < 2) return;
    // Wait for a pause in typing so each keystroke does not cost a request.
    const timer = setTimeout(async () => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!response.ok) return;
        const body: unknown = await response.json();
        setSuggestions(Array.isArray(body) ? (body as Suggestion[]) : []);
      } catch {
        // Aborted or offline: the plain form still works.
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [value]);

  const expanded = open && suggestions.length > 0;
  const optionId = (index: number) => `${listboxId}-option-${index}`;
  const choose = (s: Suggestion) => {
    setOpen(false);
    router.push(`/products/${encodeURIComponent(s.slug)}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 is the text box itself; moving past either end returns to it, as in the ARIA example.
      let next = active + step;
      if (next >= suggestions.length) next = -1;
      if (next < -1) next = suggestions.length - 1;
      setActiveSlug(next === -1 ? null : suggestions[next]!.slug);
    } else if (event.key === 'Escape') {
      if (expanded) event.preventDefault();
      setOpen(false);
      setActiveSlug(null);
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      const s = suggestions[active];
      if (s) {
        event.preventDefault();
        choose(s);
      }
    }
  };

  return (
    <form action={getPathname({ href: '/products', locale })} method="get" role="search" className="relative flex" onSubmit={() => setOpen(false)}>
      <label htmlFor="header-search" className="sr-only">
        {t('label')}
      </label>
      <input
        id="header-search"
        name="q"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        ref={input}
        defaultValue=""
        onChange={(e) => {
          setValue(e.target.value);
          setActiveSlug(null);
          if (e.target.value.trim().length < 2) setSuggestions([]);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        maxLength={200}
        placeholder={t('placeholder')}
        className="w-full rounded-l-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-600"
      />
      <button type="submit" className="rounded-r-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
        {t('submit')}
      </button>
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t('suggestions')}
        hidden={!expanded}
        className="absolute left-0 right-0 top-full z-40 mt-1 max-h-96 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {suggestions.map((s, index) => (
          <li
            key={s.slug}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(s)}
            className={`cursor-pointer px-3 py-2 ${index === active ? 'bg-brand-50 text-brand-800' : 'text-slate-900'}`}
          >
            <span className="font-medium">{s.name}</span> <span className="text-slate-600">{s.strength}</span>
            <span className="block text-xs text-slate-600">{s.generic}</span>
          </li>
        ))}
      </ul>
      <p className="sr-only" aria-live="polite">
        {expanded ? t('suggestionCount', { count: formattersFor(locale).count(suggestions.length) }) : ''}
      </p>
      <Suspense fallback={null}>
        <QueryFromUrl onQuery={onQuery} />
      </Suspense>
    </form>
  );
}
