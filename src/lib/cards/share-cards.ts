import { KINDS, OUTCOME_COLOURS, OUTCOMES } from '../../schemas/vocabulary.ts';
import type { StoredResult } from '../../schemas/result.ts';
import { modelCardPath, type Card } from './scene.ts';
import type { Site } from '../site/site-index.ts';
import { resultScoreText } from '../domain/result-score.ts';
import { standingSentence } from '../site/standing.ts';
import { COLOURS } from '../../styles/tokens.ts';
import { routes } from '../site/routes.ts';

// The outcome's own colour; a building year's is white, invisible as a bar on the white card, so it takes the border grey of the pages (--color-border).
const ACCENT: Record<string, string> = { ...OUTCOME_COLOURS, dang_thuc_hien: COLOURS.border };
/** A model's card: Okabe–Ito green, a colour of its own (a model has no outcome). */
const MODEL_ACCENT = '#009e73';

/** "Năm 2025: Duy trì · thẩm định 47/50 (94 %)": a score is never shown without its maximum. */
export function latestLine(r: StoredResult): string {
  const score = resultScoreText(r);
  return `Năm ${r.year}: ${OUTCOMES[r.outcome]}${score ? ` · ${score}` : ''}`;
}

/**
 * One share card per unit, per year and per model: the pages that get shared. A model with a
 * gallery shows its lead photo (`leadPhotos`: model slug → the photo's file).
 */
export function shareCards(site: Site, leadPhotos: ReadonlyMap<string, string> = new Map()): Card[] {
  const footer = site.settings.isSample ? 'DỮ LIỆU MINH HỌA – không phải kết quả thật' : site.settings.publisher;
  const kicker = site.settings.title;
  const cards: Card[] = [];
  for (const unit of site.units) {
    const latest = unit.results.at(-1);
    cards.push({
      path: routes.ogUnit(unit.id),
      kicker,
      title: unit.name,
      lines: [`${KINDS[unit.kind]} · ${unit.locality}`, standingSentence(site.historyByUnit.get(unit.id)!), ...(latest ? [latestLine(latest)] : [])],
      footer,
      accent: ACCENT[latest?.outcome ?? 'dang_thuc_hien']!,
    });
  }
  for (const [year, s] of site.yearSummaries) {
    cards.push({
      path: routes.ogYear(year),
      kicker,
      title: `Kết quả năm ${year}`,
      lines: [site.settings.jurisdiction, `${s.counts.cong_nhan} công nhận mới · ${s.counts.duy_tri} duy trì`, s.counts.dang_thuc_hien > 0 ? `${s.counts.dang_thuc_hien} đơn vị đang thực hiện` : `${s.lines.length} đơn vị có kết quả`],
      footer,
      // The recognitions' colour: the card leads with the year's new recognitions.
      accent: OUTCOME_COLOURS.cong_nhan,
    });
  }
  for (const m of site.models) {
    const photo = leadPhotos.get(m.slug);
    cards.push({ path: modelCardPath(m.slug, photo !== undefined), kicker, title: m.name, lines: [`Mô hình ${m.type}`, site.unitsById.get(m.unitId)?.name ?? ''], footer, accent: MODEL_ACCENT, photo });
  }
  return cards;
}
