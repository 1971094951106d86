// The floor: Astro's own cost for one page per unit with the same loader, nothing else.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { fromDataset, unitEntries, type UnitEntry } from '../../../src/collections/loader.ts';

export const collections = {
  units: defineCollection({ loader: fromDataset<UnitEntry>('units', unitEntries), schema: z.custom<UnitEntry>() }),
};
