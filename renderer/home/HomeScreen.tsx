import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Copy, Pencil, Plus, Search, Trash2, Upload } from 'lucide-react';
import { formatDateTime, formatDay } from '../i18n/format';
import { TopBar } from '../app/TopBar';
import { useRoute } from '../app/route';
import { useWorkshop } from '../app/workshopStore';
import { createWorkshopAndOpen, importWorkshopFile } from '../app/fileCommands';
import type { WorkshopSummary } from '../app/storageContext';
import { foldQuery, searchText, useHome } from './homeStore';
import { RestoreDeletedButton } from '../history/RestoreDeletedButton';
import './home.css';
import { ShareButton } from '../sync/ShareButton';

/** Loaded when first opened, off the path to the home list. */
const RenameDialog = lazy(() => import('./RenameDialog').then((m) => ({ default: m.RenameDialog })));

/**
 * Rows rendered at first, and added each time the end of the list comes near. Rendering and
 * laying out 1,000 rows at once took ~0.5 s on a 2-core laptop (for the first paint and again
 * each time a search was cleared). 30 rows more than fill a 1080p screen; a taller one gets the
 * next page at once, because the end of the list is then already near (MoreRows).
 */
const PAGE = 30;

export function HomeScreen() {
  const { summaries, query, setQuery, load, refresh, duplicate, remove } = useHome();
  const navigate = useRoute((s) => s.navigate);
  const [renaming, setRenaming] = useState<WorkshopSummary | null>(null);
  const { t } = useTranslation(['home', 'app']);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Home shows no workshop: the one that was open is saved and closed (its timer keeps running).
  useEffect(() => {
    if (useWorkshop.getState().workshop) void useWorkshop.getState().close();
  }, []);

  const existingIds = useMemo(() => (summaries ?? []).map((s) => s.id), [summaries]);
  const searchable = useMemo(() => (summaries ?? []).map((s) => ({ s, text: searchText(s) })), [summaries]);
  const visible = useMemo(() => {
    const q = foldQuery(query);
    return searchable.filter((i) => i.text.includes(q)).map((i) => i.s);
  }, [searchable, query]);
  // A new query starts again from the first page.
  const [shown, setShown] = useState({ query, count: PAGE });
  const count = shown.query === query ? shown.count : PAGE;
  const showMore = useCallback(() => setShown({ query, count: count + PAGE }), [query, count]);
  const open = useCallback((id: string) => navigate({ name: 'workshop', workshopId: id, step: 'commitment' }), [navigate]);

  return (
    <>
      <TopBar />
      <main className="home">
        <header className="home-header">
          <div>
            <h1>{t('title')}</h1>
            <p className="muted">{t('subtitle')}</p>
          </div>
          <div className="row">
            <RestoreDeletedButton existingIds={existingIds} onRestored={() => void load()} />
            <button className="btn" onClick={() => void importWorkshopFile()}>
              <Upload size={18} aria-hidden="true" /> {t('import')}
            </button>
            <button className="btn btn-primary" onClick={() => void createWorkshopAndOpen()}>
              <Plus size={18} aria-hidden="true" /> {t('newWorkshop')}
            </button>
          </div>
        </header>
        <div className="home-search">
          <Search size={18} aria-hidden="true" />
          <label htmlFor="workshop-search" className="sr-only">
            {t('searchLabel')}
          </label>
          <input
            id="workshop-search"
            className="input"
            type="search"
            placeholder={t('searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        {summaries === null ? (
          <p className="muted" aria-busy="true">
            {t('loading')}
          </p>
        ) : summaries.length === 0 ? (
          <EmptyHome />
        ) : visible.length === 0 ? (
          <p className="muted" role="status">
            {t('noMatch', { query })}
          </p>
        ) : (
          <table className="table home-table" aria-label={t('tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('col.client')}</th>
                <th scope="col">{t('col.workshop')}</th>
                <th scope="col">{t('col.date')}</th>
                <th scope="col">{t('col.facilitator')}</th>
                <th scope="col">{t('col.progress')}</th>
                <th scope="col">{t('col.lastEdited')}</th>
                <th scope="col">
                  <span className="sr-only">{t('col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {visible.slice(0, count).map((s) => (
                <HomeRow key={s.id} s={s} onOpen={open} onRename={setRenaming} onDuplicate={duplicate} onRemove={remove} />
              ))}
            </tbody>
          </table>
        )}
        {visible.length > count && <MoreRows shown={count} total={visible.length} onMore={showMore} />}
      </main>
      {renaming && (
        <Suspense fallback={null}>
          <RenameDialog summary={renaming} onClose={() => setRenaming(null)} />
        </Suspense>
      )}
    </>
  );
}

interface HomeRowProps {
  s: WorkshopSummary;
  onOpen(id: string): void;
  onRename(s: WorkshopSummary): void;
  onDuplicate(id: string): Promise<void>;
  onRemove(id: string): Promise<void>;
}

/** Memoised: while a search narrows the list, the rows that stay are not rendered again. */
const HomeRow = memo(function HomeRow({ s, onOpen, onRename, onDuplicate, onRemove }: HomeRowProps) {
  const { t } = useTranslation(['home', 'app']);
  return (
    <tr>
      <td>
        <button className="link-btn home-open" onClick={() => onOpen(s.id)}>
          {s.clientCompany || t('app:topBar.untitledClient')}
        </button>
      </td>
      <td>{s.title || <span className="muted">{t('app:topBar.untitledWorkshop')}</span>}</td>
      <td>{formatDay(s.workshopDate)}</td>
      <td>{s.facilitator || '—'}</td>
      <td>
        <span className="progress" aria-label={t('progress', { count: s.progress })}>
          <span className="progress-bar">
            <span style={{ width: `${s.progress * 10}%` }} />
          </span>
          {s.progress} / 10
        </span>
      </td>
      <td>{formatDateTime(s.updatedAt)}</td>
      <td>
        <div className="row home-actions">
          <ShareButton workshopId={s.id} name={s.clientCompany || s.title} />
          <button
            className="btn btn-sm btn-ghost icon-btn"
            aria-label={t('rename', { name: s.clientCompany || s.title })}
            onClick={() => onRename(s)}
          >
            <Pencil size={16} />
          </button>
          <button
            className="btn btn-sm btn-ghost icon-btn"
            aria-label={t('duplicate', { name: s.clientCompany || s.title })}
            onClick={() => void onDuplicate(s.id)}
          >
            <Copy size={16} />
          </button>
          <button
            className="btn btn-sm btn-ghost icon-btn"
            aria-label={t('delete', { name: s.clientCompany || s.title })}
            onClick={() => void onRemove(s.id)}
          >
            <Trash2 size={16} />
          </button>
        </div>
      </td>
    </tr>
  );
});

/** "Show more", pressed by scrolling near it too, so a long list reads as one list. */
function MoreRows({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const el = button.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onMore(), { rootMargin: '600px 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [onMore]);
  const { t } = useTranslation('home');
  return (
    <div className="row home-more">
      <span className="muted">{t('showing', { shown, total })}</span>
      <button ref={button} className="btn btn-sm" onClick={onMore}>
        {t('showMore', { count: Math.min(PAGE, total - shown) })}
      </button>
    </div>
  );
}

function EmptyHome() {
  const { t } = useTranslation('home');
  return (
    <section className="card stack empty-home">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      <div className="row">
        <button className="btn btn-primary" onClick={() => void createWorkshopAndOpen()}>
          {t('newWorkshop')}
        </button>
      </div>
    </section>
  );
}
