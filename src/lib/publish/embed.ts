import { createHash } from 'node:crypto';
import { KINDS, OUTCOMES } from '../../schemas/vocabulary.ts';
import { ui } from '../../i18n/ui.ts';
import { escapeXml as esc } from '../text/escape-xml.ts';
import type { Site } from '../site/site-index.ts';
import { resultScoreText } from '../domain/result-score.ts';
import { standingSentence } from '../site/standing.ts';
import { routes } from '../site/routes.ts';
import { linker } from '../site/url.ts';
import { COLOURS } from '../../styles/tokens.ts';

/** The card's whole stylesheet: small enough to inline, hashed into the page's CSP. */
const CSS =
  `body{margin:0;padding:1rem;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:${COLOURS.text};background:#fff}` +
  `h1{font-size:1.25rem;line-height:1.25;margin:0 0 .5rem}p{margin:.25rem 0}a{color:${COLOURS.link}}` +
  `.tag{display:inline-block;background:${COLOURS.sample};border:1px solid ${COLOURS.sampleBorder};padding:0 .5rem;font-size:.85rem;margin:0 0 .5rem}` +
  `.badge{display:inline-block;padding:0 .5rem;border:2px solid ${COLOURS.rule};border-radius:999px;font-size:.85rem;font-weight:600}` +
  '.source{font-size:.9rem;margin-top:1rem}';
const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'; img-src 'self'; base-uri 'none'; form-action 'none'`;

/** A small iframe-safe page (không menu, không script) that other portals embed. */
function page(site: Site, link: (path: string) => string, title: string, canonical: string, body: string): string {
  const sample = site.settings.isSample ? `<p class="tag"><strong>${esc(ui.sampleBanner)}</strong></p>` : '';
  return (
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="content-security-policy" content="${esc(CSP)}"><meta name="robots" content="noindex">` +
    `<title>${esc(title)}</title><link rel="canonical" href="${esc(canonical)}"><link rel="icon" href="${esc(link('favicon.svg'))}" type="image/svg+xml"><style>${CSS}</style></head>` +
    `<body><main>${sample}${body}<p class="source"><a href="${esc(canonical)}" target="_blank" rel="noopener">Xem đầy đủ trên trang của ${esc(site.settings.publisher)}</a></p></main></body></html>\n`
  );
}

/** " · thẩm định 47/50 (94 %)" after the outcome badge; a score never stands without its maximum. */
function scoreOf(r: Parameters<typeof resultScoreText>[0]): string {
  const text = resultScoreText(r);
  return text ? ` · ${esc(text)}` : '';
}

/** Every embed card: one per unit and one per year, as path → HTML. */
export function embedPages(site: Site, origin: string, base: string): Map<string, string> {
  const link = linker(base);
  const abs = (path: string) => new URL(link(path), origin).href;
  const out = new Map<string, string>();
  for (const unit of site.units) {
    const latest = unit.results.at(-1);
    out.set(
      `${routes.embedUnit(unit.id)}index.html`,
      page(site, link, unit.name, abs(routes.unit(unit.id)),
        `<h1>${esc(unit.name)}</h1><p>${esc(KINDS[unit.kind])} · ${esc(unit.locality)}</p><p>${esc(standingSentence(site.historyByUnit.get(unit.id)!))}</p>` +
          (latest ? `<p>Năm ${latest.year}: <span class="badge">${esc(OUTCOMES[latest.outcome])}</span>${scoreOf(latest)}</p>` : '')),
    );
  }
  for (const [year, s] of site.yearSummaries) {
    const targets = s.targets.length > 0 ? `<ul>${s.targets.map((t) => `<li>${esc(t.target.group)}: ${t.achieved}/${t.target.count}</li>`).join('')}</ul>` : '';
    out.set(
      `${routes.embedYear(year)}index.html`,
      page(site, link, `Kết quả năm ${year}`, abs(routes.year(year)),
        `<h1>Điển hình phong trào toàn dân bảo vệ ANTQ năm ${year}</h1><p>${esc(site.settings.jurisdiction)}: ${s.counts.cong_nhan} đơn vị công nhận mới, ${s.counts.duy_tri} duy trì${s.counts.dang_thuc_hien > 0 ? `, ${s.counts.dang_thuc_hien} đang thực hiện` : ''}.</p>${targets}`),
    );
  }
  return out;
}
