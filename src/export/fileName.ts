import type { Lang } from '../i18n/format';

export interface FileNameParts {
  regionCode: string;
  regionName: string;
  /** A chart id, or 'report' for the whole-region deck. */
  what: string;
  /** YYYY-MM-DD: the day of the export. */
  date: string;
  lang: Lang;
  ext: string;
}

// Characters Windows, macOS or a shell would refuse or misread in a file name.
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

const clean = (part: string): string =>
  part.replace(UNSAFE, '').trim().replace(/\s+/g, '-').replace(/^\.+/, '');

/** `<region code>_<region name>_<chart id>_<YYYY-MM-DD>_<lang>.<ext>`, safe on every OS. */
export function exportFileName(p: FileNameParts): string {
  const stem = [p.regionCode, p.regionName, p.what, p.date, p.lang].map(clean).filter(Boolean);
  return `${stem.join('_')}.${clean(p.ext)}`;
}
