import type { Element } from 'hast';

/**
 * A Markdown image on a line of its own is a paragraph holding one `<img>`. The site shows such an
 * image as a figure with its caption and credit (`components/StoryImage.astro`), and a `<figure>`
 * cannot sit inside a `<p>`: the browser would close the paragraph early and the HTML would be
 * invalid. This hast plugin (for Astro's Sätteri Markdown processor) lifts the image out of the
 * paragraph and marks it `figure` (MDX passes it to the component as a prop); an image inside a
 * sentence stays where it is, unmarked, and is shown inline.
 */

export const unwrapLoneImages = {
  name: 'unwrap-lone-images',
  element: {
    filter: ['p'],
    visit(node: Readonly<Element>): Element | void {
      const kids = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
      const img = kids[0];
      if (kids.length === 1 && img?.type === 'element' && img.tagName === 'img') return { ...img, properties: { ...img.properties, figure: 'true' } };
    },
  },
};
