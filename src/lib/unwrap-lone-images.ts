/**
 * A Markdown image on a line of its own is a paragraph holding one `<img>`. The site shows such an
 * image as a figure with its caption and credit (`components/StoryImage.astro`), and a `<figure>`
 * cannot sit inside a `<p>`: the browser would close the paragraph early and the HTML would be
 * invalid. This hast plugin (for Astro's Sätteri Markdown processor) lifts the image out of the
 * paragraph; an image inside a sentence stays where it is.
 */
interface Node {
  type: string;
  tagName?: string;
  value?: string;
  children?: Node[];
}

export const unwrapLoneImages = {
  name: 'unwrap-lone-images',
  element: {
    filter: ['p'],
    visit(node: Readonly<Node>): Node | void {
      const kids = (node.children ?? []).filter((c) => !(c.type === 'text' && !c.value?.trim()));
      if (kids.length === 1 && kids[0]!.type === 'element' && kids[0]!.tagName === 'img') return kids[0];
    },
  },
};
