import { CLASSIFICATIONS, CLASSIFICATION_RANK, type Classification } from '../../schemas/vocabulary.ts';

/** The classification condition in words: "từ mức “Khá” trở lên", or only "mức “Xuất sắc”" when it is the top level. */
export function eligibilityText(min: Classification): string {
  const top = Math.max(...Object.values(CLASSIFICATION_RANK));
  const label = `mức “${CLASSIFICATIONS[min]}”`;
  return CLASSIFICATION_RANK[min] === top ? `đạt ${label}` : `từ ${label} trở lên`;
}
