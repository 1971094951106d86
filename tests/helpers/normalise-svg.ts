/**
 * An SVG as chart snapshots keep it: numbers rounded to 2 decimals, so float noise never fails a
 * snapshot, and one element per line, so a diff reads.
 */
export function normaliseSvg(svg: string): string {
  return svg.replace(/-?\d+\.\d+/g, (m) => String(Math.round(Number(m) * 100) / 100)).replace(/></g, '>\n<') + '\n';
}
