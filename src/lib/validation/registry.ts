import { readFileSync } from 'node:fs';
import path from 'node:path';
import { foldDiacritics } from '../text/strings.ts';

/** The official list of provinces and communes (1 July 2025), shipped in registry/ with its licence. */
export const OFFICIAL_REGISTRY = path.resolve(import.meta.dirname, '../../../registry/vn-units-2026-07-25.json');
/** A data folder's own list of invented places, allowed for sample data only (the sample's "Tỉnh Sông Mây"). */
export const SAMPLE_REGISTRY_FILE = 'danh-muc-hanh-chinh.json';

/** A province (tỉnh, thành phố). */
export interface Province {
  /** Two digits, e.g. "01". */
  code: string;
  /** "Hà Nội". */
  name: string;
  /** "Thành phố Hà Nội". */
  fullName: string;
}

/** Commune-level kinds as the registry names them. */
export type CommuneKind = 'xa' | 'phuong' | 'dac_khu';
const COMMUNE_KINDS: Record<string, CommuneKind> = { Xã: 'xa', Phường: 'phuong', 'Đặc khu': 'dac_khu' };

/** A commune, ward or special zone (xã, phường, đặc khu). */
export interface Commune {
  /** Five digits, e.g. "00004". */
  code: string;
  name: string;
  /** "Phường Ba Đình". */
  fullName: string;
  kind: CommuneKind;
  provinceCode: string;
}

export interface Registry {
  /** Where it was read from, for messages. */
  file: string;
  provinces: Map<string, Province>;
  communes: Map<string, Commune>;
  /** A province's communes in the registry's order. */
  communesOf: (provinceCode: string) => Commune[];
}

type Raw = { Code?: unknown; Name?: unknown; FullName?: unknown; AdministrativeUnitShortName?: unknown; Wards?: unknown };

/** The registry from its JSON (the shape of vn-units-*.json); throws with the entry at fault when malformed. */
export function parseRegistry(data: unknown, file: string): Registry {
  if (!Array.isArray(data)) throw new Error(`${file}: không phải danh sách tỉnh.`);
  const provinces = new Map<string, Province>();
  const communes = new Map<string, Commune>();
  const byProvince = new Map<string, Commune[]>();
  const text = (v: unknown, what: string) => {
    if (typeof v !== 'string' || v === '') throw new Error(`${file}: thiếu ${what}.`);
    return v.normalize('NFC');
  };
  for (const p of data as Raw[]) {
    const code = text(p.Code, 'mã tỉnh');
    if (!/^\d{2}$/.test(code)) throw new Error(`${file}: mã tỉnh "${code}" không có 2 chữ số.`);
    provinces.set(code, { code, name: text(p.Name, `tên tỉnh ${code}`), fullName: text(p.FullName, `tên đầy đủ tỉnh ${code}`) });
    const list: Commune[] = [];
    for (const w of (Array.isArray(p.Wards) ? p.Wards : []) as Raw[]) {
      const wcode = text(w.Code, `mã xã của tỉnh ${code}`);
      if (!/^\d{5}$/.test(wcode)) throw new Error(`${file}: mã xã "${wcode}" không có 5 chữ số.`);
      const kind = COMMUNE_KINDS[text(w.AdministrativeUnitShortName, `loại của xã ${wcode}`)];
      if (!kind) throw new Error(`${file}: loại của xã ${wcode} không phải Xã, Phường hay Đặc khu.`);
      const c: Commune = { code: wcode, name: text(w.Name, `tên xã ${wcode}`), fullName: text(w.FullName, `tên đầy đủ xã ${wcode}`), kind, provinceCode: code };
      communes.set(wcode, c);
      list.push(c);
    }
    byProvince.set(code, list);
  }
  return { file, provinces, communes, communesOf: (code) => byProvince.get(code) ?? [] };
}

const loaded = new Map<string, Registry>();
/** Reads a registry file once per process (the official one is 1.5 MB). */
export function loadRegistry(file: string): Registry {
  let r = loaded.get(file);
  if (!r) loaded.set(file, (r = parseRegistry(JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')), file)));
  return r;
}

/** Names compared as the registry's may differ from an editor's: tone placement ("Hoà"/"Hòa"), case, spaces. */
export function sameName(a: string, b: string): boolean {
  const key = (s: string) => foldDiacritics(s).replace(/\s+/g, ' ').trim();
  return key(a) === key(b);
}

/**
 * The communes an unknown code most likely meant, best first: one whose name is the unit's own name
 * (for a commune), then codes one digit away in the same province.
 */
export function likelyCommunes(registry: Registry, code: string, provinceCode: string | null, name: string | null): Commune[] {
  const out: Commune[] = [];
  const province = provinceCode ? registry.communesOf(provinceCode) : [...registry.communes.values()];
  if (name) for (const c of province) if (sameName(c.fullName, name)) out.push(c);
  for (const c of province) {
    if (out.includes(c) || c.code.length !== code.length) continue;
    let diff = 0;
    for (let i = 0; i < code.length && diff < 2; i++) if (c.code[i] !== code[i]) diff++;
    // Two digits swapped count as one slip.
    const swapped = [...Array(code.length - 1).keys()].some((i) => code[i] === c.code[i + 1] && code[i + 1] === c.code[i] && code.slice(0, i) === c.code.slice(0, i) && code.slice(i + 2) === c.code.slice(i + 2));
    if (diff === 1 || swapped) out.push(c);
  }
  return out.slice(0, 3);
}
