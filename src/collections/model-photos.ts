import type { ImageMetadata } from 'astro';
import { getCollection } from 'astro:content';

/** A model's lead photo: the first of its gallery. */
export interface LeadPhoto {
  src: ImageMetadata;
  alt: string;
}

let photos: Promise<Map<string, LeadPhoto>> | undefined;

/** Lead photos by model slug, read once per build for every list that shows model cards. */
export function leadPhotos(): Promise<Map<string, LeadPhoto>> {
  return (photos ??= getCollection('modelStories').then(
    (entries) => new Map(entries.flatMap((e) => (e.data.photos[0] ? [[e.id, { src: e.data.photos[0].src, alt: e.data.photos[0].alt }] as const] : []))),
  ));
}
