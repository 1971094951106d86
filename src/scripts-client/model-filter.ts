/**
 * The model showcase's only script: a type link shows that type's section alone, "Tất cả loại"
 * shows every section again, and the address keeps the choice (#loai-…) for sharing and Back.
 * Without it the links are plain anchors into the full list, so nothing depends on it.
 */
export function enableModelFilter(): void {
  const nav = document.querySelector<HTMLElement>('[data-model-filter]');
  if (!nav) return;
  const sections = [...document.querySelectorAll<HTMLElement>('section[data-type-group]')];
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-type-link], a[data-type-all]')];
  const status = nav.querySelector<HTMLElement>('[data-filter-status]');

  const apply = (hash: string, announce = true): HTMLElement | undefined => {
    const chosen = sections.find((s) => `#${s.id}` === hash);
    for (const s of sections) s.hidden = chosen !== undefined && s !== chosen;
    for (const a of links) {
      const current = chosen ? a.hash === hash : a.hasAttribute('data-type-all');
      if (current) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
    if (status && (announce || chosen)) {
      // A national showcase shows the first few models of each type: say how many of how many.
      const shown = (s: HTMLElement) => s.querySelectorAll('.card').length;
      const total = (s: HTMLElement) => Number(s.dataset.count);
      const number = (n: number) => n.toLocaleString('vi-VN');
      const part = (a: number, b: number) => (a === b ? `${number(b)} mô hình` : `${number(a)} trong ${number(b)} mô hình; danh sách đủ ở trang riêng của từng loại`);
      const sum = (f: (s: HTMLElement) => number) => sections.reduce((n, s) => n + f(s), 0);
      status.textContent = chosen
        ? `Đang hiện loại ${chosen.dataset.type ?? ''}: ${part(shown(chosen), total(chosen))}.`
        : `Đang hiện tất cả ${sections.length} loại: ${part(sum(shown), sum(total))}.`;
    }
    return chosen;
  };

  for (const a of links) {
    a.addEventListener('click', (event) => {
      event.preventDefault();
      if (location.hash !== a.hash) history.pushState(null, '', a.hash);
      apply(a.hash);
    });
  }
  window.addEventListener('popstate', () => apply(location.hash));
  // A shared address (#loai-…) opens on that type; the browser scrolled to it before the others were hidden.
  apply(location.hash, false)?.scrollIntoView();
}
