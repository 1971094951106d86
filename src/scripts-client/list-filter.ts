/**
 * The year page's only script: filter rows by kind and locality and sort by name or score.
 * Without it every row stays visible in name order, so nothing depends on it.
 */
export function enableListFilter(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-filter]');
  if (!form) return;
  form.hidden = false;
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const collator = new Intl.Collator('vi', { numeric: true });
  const tables = [...document.querySelectorAll<HTMLTableElement>('table[data-sortable]')];
  const apply = () => {
    const data = new FormData(form);
    const kind = String(data.get('kind') ?? '');
    const locality = String(data.get('locality') ?? '');
    const sort = String(data.get('sort') ?? 'name');
    let shown = 0;
    for (const table of tables) {
      const body = table.tBodies[0];
      if (!body) continue;
      const rows = [...body.rows];
      rows.sort((a, b) =>
        sort === 'score'
          ? Number(b.dataset.score || -1) - Number(a.dataset.score || -1) || collator.compare(a.dataset.name ?? '', b.dataset.name ?? '')
          : collator.compare(a.dataset.name ?? '', b.dataset.name ?? ''),
      );
      // Unfiltered and by name, a page of a split list keeps numbering on from the page before.
      let n = !kind && !locality && sort === 'name' ? Number(table.dataset.start || 0) : 0;
      for (const row of rows) {
        const visible = (!kind || row.dataset.kind === kind) && (!locality || row.dataset.locality === locality);
        row.hidden = !visible;
        if (visible) {
          n++;
          const first = row.cells[0];
          if (first) first.textContent = String(n);
        }
        body.append(row);
      }
      shown += n;
    }
    if (status) status.textContent = `Đang hiện ${shown} đơn vị.`;
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  form.querySelector('[data-print]')?.addEventListener('click', () => window.print());
}
