import { isCollection, LineCounter, parseDocument } from 'yaml';

/**
 * The line of a front-matter key, for a problem found by the schema: `anh.2.mo_ta` is the line of
 * that key, or of the third photo when the key is missing. Line 1 is the opening `---`.
 * Returns undefined when the front matter cannot be read (its own problem says so).
 */
export function frontmatterRows(text: string): (keyPath: readonly PropertyKey[]) => number | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!m) return () => undefined;
  const lines = new LineCounter();
  const doc = parseDocument(m[1]!, { lineCounter: lines });
  if (doc.errors.length > 0) return () => undefined;
  return (keyPath) => {
    let node: unknown = doc.contents;
    let offset: number | undefined;
    for (const key of keyPath) {
      if (!isCollection(node)) break;
      const pair = (node.items as { key?: { value?: unknown; range?: number[] } | null; value?: unknown; range?: number[] }[]).find((item, i) =>
        'key' in item ? item.key?.value === key : i === key,
      );
      if (!pair) break;
      const keyRange = 'key' in pair ? pair.key?.range : pair.range;
      if (keyRange) offset = keyRange[0];
      node = 'key' in pair ? pair.value : pair;
    }
    return offset === undefined ? undefined : lines.linePos(offset).line + 1;
  };
}
