import type { ResultLine, Site } from '../site/site-index.ts';
import { formatDate } from '../text/format.ts';
import type { FeedItem } from './feeds.ts';
import { routes } from '../site/routes.ts';

/** The few fields of a story the feed reads. */
export interface FeedStory {
  id: string;
  data: { title: string; date: string; summary: string };
}

/** The RSS channel and its items: recognitions with a decision date, then stories; `absolute` turns a site path into a full URL. */
export function siteFeed(
  site: { settings: Pick<Site['settings'], 'title' | 'publisher' | 'jurisdiction'>; recognitions: readonly ResultLine[] },
  stories: readonly FeedStory[],
  absolute: (path: string) => string,
): { channel: { title: string; link: string; description: string; self: string }; items: FeedItem[] } {
  const items: FeedItem[] = site.recognitions
    .filter((l) => l.result.decision?.date)
    .map(({ unit, result }) => ({
      title: `${unit.name} được công nhận điển hình năm ${result.year}`,
      link: absolute(routes.unit(unit.id)),
      date: result.decision!.date!,
      description: `Quyết định ${result.decision!.number} ngày ${formatDate(result.decision!.date)} của ${result.decision!.body}.`,
    }));
  for (const story of stories) items.push({ title: story.data.title, link: absolute(routes.story(story.id)), date: story.data.date, description: story.data.summary });
  const { title, publisher, jurisdiction } = site.settings;
  return { channel: { title, link: absolute(''), description: `${publisher} – ${jurisdiction}`, self: absolute('rss.xml') }, items };
}
