/** The search page's script: Pagefind's index reader, a query box and filters by kind, year and outcome. */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  debouncedSearch: (q: string, o: { filters: Record<string, string> }, ms: number) => Promise<{ results: PagefindResult[] } | null>;
}

export async function enableSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const filterBox = form?.querySelector<HTMLElement>('[data-filters]');
  if (!form || !status || !list || !filterBox) return;
  const pagefind = (await import(/* @vite-ignore */ form.dataset.index!)) as Pagefind;
  // Result URLs are written with the site's base path already; Pagefind would otherwise prefix it again
  // (it guesses the base from where its script lives: /antq/antq/… on a project site).
  await pagefind.options({ excerptLength: 24, baseUrl: '/' });
  const filters = await pagefind.filters();
  for (const [name, values] of Object.entries(filters)) {
    const label = document.createElement('label');
    label.textContent = name;
    const select = document.createElement('select');
    select.name = `filter:${name}`;
    select.append(new Option('Tất cả', ''));
    for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }))) select.append(new Option(`${value} (${values[value]})`, value));
    label.append(select);
    filterBox.append(label);
  }
  filterBox.hidden = false;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  const run = async () => {
    const chosen: Record<string, string> = {};
    for (const select of filterBox.querySelectorAll('select')) if (select.value) chosen[select.name.slice(7)] = select.value;
    const query = input.value.trim();
    if (!query && Object.keys(chosen).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.debouncedSearch(query || '', { filters: chosen }, 250);
    if (!search) return;
    const items = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = item.url;
        a.textContent = item.meta.title ?? item.url;
        const p = document.createElement('p');
        // Pagefind escapes the page text and only adds <mark> around matches.
        p.innerHTML = item.excerpt;
        li.append(a, p);
        return li;
      }),
    );
    status.textContent = search.results.length === 0 ? 'Không tìm thấy kết quả.' : `${search.results.length} kết quả${search.results.length > 20 ? ' (hiện 20 đầu tiên)' : ''}.`;
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  filterBox.addEventListener('change', () => void run());
  if (input.value) void run();
}
