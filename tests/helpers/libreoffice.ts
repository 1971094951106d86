import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const SOFFICE = '/usr/bin/soffice';

/**
 * Converts a file with Debian's LibreOffice (headless), a second spreadsheet program that reads and
 * writes what editors' Excel files are. A private profile keeps runs from sharing (and locking) one.
 */
export function libreOffice(file: string, to: string, outDir: string, profile: string): string {
  if (!existsSync(SOFFICE)) throw new Error(`Không thấy LibreOffice ở ${SOFFICE}: chạy "apt-get install -y libreoffice-calc-nogui" (bash .ci/run làm việc này).`);
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, file], { stdio: 'pipe', timeout: 180_000 });
  return path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/, '')}.${to.split(':')[0]}`);
}
