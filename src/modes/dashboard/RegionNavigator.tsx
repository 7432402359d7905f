import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Region } from '../../data/types';
import type { Lang } from '../../i18n/format';
import { pick } from '../../i18n/pick';
import type { DashboardModel } from '../../model/dashboardModel';

const nameOf = (r: Region, lang: Lang) => (lang === 'en' && r.nameEn ? r.nameEn : r.name);

/** Breadcrumbs up, children down, and search by name or code. */
export function RegionNavigator({
  model,
  code,
  lang,
  onSelect,
}: {
  model: DashboardModel;
  code: string;
  lang: Lang;
  onSelect: (code: string) => void;
}) {
  const path = model.regions.path(code);
  const children = model.regions.children(code);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(() => model.regions.search(query, 12), [model, query]);

  const choose = (r: Region) => {
    setQuery('');
    onSelect(r.code);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && results[active]) choose(results[active]);
    else if (e.key === 'Escape') setQuery('');
    else return;
    e.preventDefault();
  };

  return (
    <nav className="region-nav" aria-label={pick(lang, '地区导航', 'Region navigation')}>
      <ol className="breadcrumbs">
        {path.map((r, i) => (
          <li key={r.code}>
            {i === path.length - 1 ? (
              <span aria-current="page">{nameOf(r, lang)}</span>
            ) : (
              <button type="button" onClick={() => onSelect(r.code)}>
                {nameOf(r, lang)}
              </button>
            )}
          </li>
        ))}
      </ol>
      <div className="region-search">
        <label htmlFor={`${listId}-input`} className="sr-only">
          {pick(lang, '按名称或代码搜索地区', 'Search regions by name or code')}
        </label>
        <input
          id={`${listId}-input`}
          type="search"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-activedescendant={results[active] ? `${listId}-${results[active].code}` : undefined}
          placeholder={pick(lang, '搜索地区名称或代码', 'Search name or code')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKey}
        />
        {results.length > 0 && (
          <ul id={listId} role="listbox" className="search-results">
            {results.map((r, i) => (
              <li
                key={r.code}
                id={`${listId}-${r.code}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(r);
                }}
              >
                {nameOf(r, lang)} <span className="muted">{r.code}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {children.length > 0 && (
        <ChildList children={children} model={model} lang={lang} onSelect={onSelect} />
      )}
    </nav>
  );
}

/**
 * Subdivisions with data first; those without collapse into one line that opens on demand,
 * so the list says where the data is instead of repeating "no data" down the page.
 */
function ChildList({
  children,
  model,
  lang,
  onSelect,
}: {
  children: readonly Region[];
  model: DashboardModel;
  lang: Lang;
  onSelect: (code: string) => void;
}) {
  const withData = children.filter((r) => model.hasData(r.code));
  const without = children.filter((r) => !model.hasData(r.code));
  const button = (r: Region) => (
    <li key={r.code}>
      <button
        type="button"
        onClick={() => onSelect(r.code)}
        className={model.hasData(r.code) ? 'has-data' : 'no-data-region'}
      >
        {nameOf(r, lang)}
      </button>
    </li>
  );
  return (
    <>
      {withData.length > 0 && (
        <ul
          className="children"
          aria-label={pick(lang, '有数据的下级地区', 'Sub-regions with figures')}
        >
          {withData.map(button)}
        </ul>
      )}
      {without.length > 0 && (
        <details className="children-more">
          <summary>
            {withData.length > 0
              ? pick(
                  lang,
                  `另有 ${without.length} 个地区暂无数据`,
                  `${without.length} more without figures`,
                )
              : pick(
                  lang,
                  `${without.length} 个下级地区均暂无数据`,
                  `No figures for any of ${without.length} sub-regions`,
                )}
          </summary>
          <ul
            className="children"
            aria-label={pick(lang, '暂无数据的下级地区', 'Sub-regions without figures')}
          >
            {without.map(button)}
          </ul>
        </details>
      )}
    </>
  );
}
