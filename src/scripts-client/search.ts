/**
 * The search page's script. Pagefind (its index reader and index files) is loaded only once the
 * reader types, picks a filter or arrives with a query string (from a year page's filter form).
 * Results come ten at a time with "Xem thêm"; among the first ones, a name that answers the query
 * comes before a page that only mentions its words (lib/site/search-rank.ts).
 */
import { pagefindQuery, rankByName } from '../lib/site/search-rank.ts';
import { SEARCH_FILTERS, YEAR_OUTCOME_FILTER, NAME_SORT, scoreMeta, scoreSort, yearOutcome, type SearchParam, type SearchSort } from '../lib/site/search-filters.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; place?: string; summary?: string } & Record<string, string | undefined>;
}
interface PagefindResult {
  data: () => Promise<ResultData>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o: { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<{ results: PagefindResult[] } | null>;
}

const PAGE = 10;
/** Results whose names are compared with the query: Pagefind's first ones, read in one go. */
const RERANK = 30;
const PARAMS = Object.keys(SEARCH_FILTERS) as SearchParam[];

export function enableSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const details = form?.querySelector<HTMLDetailsElement>('[data-filters]');
  const commune = form?.querySelector<HTMLSelectElement>('select[data-commune]');
  if (!form || !status || !list || !more || !details || !commune) return;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  const input = field('q') as HTMLInputElement;

  // What the address asks for fills the form: a year page's filters arrive this way.
  const asked = new URLSearchParams(location.search);
  for (const [key, value] of asked) {
    const el = field(key);
    if (el && key !== 'xa') el.value = value;
  }
  if (PARAMS.some((p) => p !== 'noi_dung' && asked.get(p)) || asked.get('sap_xep')) details.open = true;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ form.dataset.index!)) as Pagefind;
      // Result URLs carry the site's base path already; Pagefind would otherwise prefix it again.
      await pf.options({ excerptLength: 24, baseUrl: '/' });
      return pf;
    })());

  // Communes are many (3,321 nationally): the list is filled from the index for the province chosen.
  let communes: Record<string, number> | undefined;
  const fillCommunes = async (wanted: string | null) => {
    const province = field('tinh')!.value;
    commune.replaceChildren(new Option(province ? 'Tất cả' : 'Chọn tỉnh trước', ''));
    commune.disabled = !province;
    if (!province) return;
    communes ??= (await (await load()).filters())[SEARCH_FILTERS.xa] ?? {};
    const prefix = `${province} › `;
    const names = Object.keys(communes).filter((v) => v.startsWith(prefix)).sort((a, b) => a.localeCompare(b, 'vi'));
    for (const v of names) commune.append(new Option(`${v.slice(prefix.length)} (${communes[v]})`, v, false, v === wanted));
  };

  let run = 0;
  let shown = 0;
  let ordered: PagefindResult[] = [];
  /** The year chosen in the filters: its scores are shown under each unit, with their maximum. */
  let year = '';
  const loaded = new Map<PagefindResult, ResultData>();
  const read = async (r: PagefindResult) => {
    let d = loaded.get(r);
    if (!d) loaded.set(r, (d = await r.data()));
    return d;
  };

  const render = (d: ResultData): HTMLLIElement => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.className = 'result-title';
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    li.append(a);
    if (d.meta.place) li.append(Object.assign(document.createElement('p'), { className: 'muted', textContent: d.meta.place }));
    const p = document.createElement('p');
    // A unit says where it stands; a model or story shows where the words were found.
    if (d.meta.summary) p.textContent = d.meta.summary;
    else p.innerHTML = d.excerpt; // Pagefind escapes the page text and only adds <mark> around matches.
    li.append(p);
    const score = year ? d.meta[scoreMeta(year)] : undefined;
    if (score) li.append(Object.assign(document.createElement('p'), { className: 'result-score', textContent: score }));
    return li;
  };

  const showMore = async (ticket: number) => {
    const next = await Promise.all(ordered.slice(shown, shown + PAGE).map(read));
    if (ticket !== run) return;
    list.append(...next.map(render));
    shown += next.length;
    more.hidden = shown >= ordered.length;
    status.textContent = ordered.length === 0 ? 'Không tìm thấy kết quả.' : `${ordered.length} kết quả; đang hiện ${shown}.`;
    // What the list answers, for a reader's script or a test to tell a stale list from a fresh one.
    list.dataset.query = location.search;
  };

  const search = async () => {
    const ticket = ++run;
    const query = pagefindQuery(input.value);
    const chosen = Object.fromEntries(PARAMS.map((p) => [p, field(p)?.value ?? '']).filter(([, v]) => v)) as Partial<Record<SearchParam, string>>;
    // The address says what is shown, so a result list can be shared or bookmarked.
    const params = new URLSearchParams({ ...(input.value.trim() ? { q: input.value.trim() } : {}), ...chosen, ...(field('sap_xep')!.value ? { sap_xep: field('sap_xep')!.value } : {}) });
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
    if (!query && Object.keys(chosen).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const filters: Record<string, string> = {};
    for (const [p, v] of Object.entries(chosen) as [SearchParam, string][]) filters[SEARCH_FILTERS[p]] = v;
    if (chosen.nam && chosen.ket_qua) {
      delete filters[SEARCH_FILTERS.nam];
      delete filters[SEARCH_FILTERS.ket_qua];
      filters[YEAR_OUTCOME_FILTER] = yearOutcome(chosen.nam, chosen.ket_qua);
    }
    const order = field('sap_xep')!.value as SearchSort | '';
    const sort: Record<string, 'asc' | 'desc'> | undefined =
      order === 'diem' && chosen.nam ? { [scoreSort(chosen.nam)]: 'desc' } : order === 'ten' || (!query && order !== 'diem') ? { [NAME_SORT]: 'asc' } : undefined;
    status.textContent = 'Đang tìm…';
    const pf = await load();
    const found = await pf.search(query || null, { filters, ...(sort ? { sort } : {}) });
    if (!found || ticket !== run) return;
    ordered = found.results;
    if (query && !sort) {
      const head = ordered.slice(0, RERANK);
      const data = await Promise.all(head.map(read));
      if (ticket !== run) return;
      const byResult = new Map(head.map((r, i) => [r, data[i]!]));
      ordered = [...rankByName(head, input.value, (r) => byResult.get(r)!.meta.title ?? ''), ...ordered.slice(RERANK)];
    }
    list.replaceChildren();
    shown = 0;
    year = chosen.nam ?? '';
    await showMore(ticket);
    if (order === 'diem' && !chosen.nam) status.textContent += ' Chọn một năm để xếp theo điểm của năm đó.';
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 200);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', soon);
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).getAttribute('name') === 'tinh') void fillCommunes(null).then(search);
    else if (e.target !== input) void search();
  });
  more.addEventListener('click', () => void showMore(run));
  commune.disabled = !field('tinh')!.value;
  if (commune.disabled) commune.replaceChildren(new Option('Chọn tỉnh trước', ''));
  if (asked.size > 0) void fillCommunes(asked.get('xa')).then(search);
}
