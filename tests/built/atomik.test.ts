/**
 * Atomic builds, on a scratch copy: a build interrupted during the site step (SIGINT, as Ctrl+C
 * sends) or during printing (SIGTERM), or failing (a browser that does not start), leaves the
 * previous dist/ whole, file by file (bytes, size, modification time, inode); a truncated PDF in
 * .cache/pdf/ is printed again, never served as unchanged. Real builds, real processes, real signals;
 * every wait is for an event (a line of output, a file, a child process), never for a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { salinProyek, bangun, hapusSalinan } from '../salinan.ts';
import { bangunProyek } from '../../scripts/lib/proyek.ts';
import { potretDist } from './potret.ts';
import { halamanTeks } from './pdf.ts';

let dir = '';
const ID = 'laporan-a';
const pdfDist = () => join(dir, 'dist', ID, `${ID}.pdf`);

beforeAll(() => {
  dir = salinProyek([{ dari: 'candipuro-2023-tw2', id: ID }]);
  const r = bangun(dir);
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
}, 600_000);
afterAll(hapusSalinan);

/** Starts the build and resolves once `siap` says so; the caller then sends the signal. */
function mulai(env: NodeJS.ProcessEnv = {}): { anak: ChildProcess; keluaran: () => string; selesai: Promise<number | null> } {
  const e = { ...process.env, ...env };
  delete e.LKJIP_DRAF;
  const anak = spawn(process.execPath, ['scripts/build.ts'], { cwd: dir, env: e, stdio: ['ignore', 'pipe', 'pipe'] });
  let teks = '';
  anak.stdout!.on('data', (d) => (teks += d));
  anak.stderr!.on('data', (d) => (teks += d));
  const selesai = new Promise<number | null>((ok) => anak.on('exit', (code, sig) => ok(code ?? (sig ? -1 : null))));
  return { anak, keluaran: () => teks, selesai };
}

/** Polls a condition on each turn of the event loop until it holds or the process ended. */
async function tunggu(syarat: () => boolean, anak: ChildProcess): Promise<void> {
  while (!syarat()) {
    if (anak.exitCode !== null) throw new Error('build selesai sebelum keadaan yang ditunggu');
    await new Promise((ok) => setTimeout(ok, 20));
  }
}

/** Child processes of a pid (Linux /proc): the browser the build started. */
function anakProses(pid: number): number[] {
  const out: number[] = [];
  for (const p of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(Number(p));
    } catch {
      // the process ended while we read
    }
  }
  return out;
}
const hidup = (pid: number) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

/** A data change that makes both the site and the PDF stale. */
function ubahData(): void {
  const f = join(dir, 'content/laporan', ID, 'realisasi.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace('tw2: 54.90', 'tw2: 56.90'));
}

describe('a build that does not finish leaves dist/ as it was', () => {
  it('Ctrl+C (SIGINT) during the site step', async () => {
    const sebelum = potretDist(join(dir, 'dist'));
    ubahData();
    const b = mulai();
    // The site step has begun once Astro writes into the scratch folder.
    await tunggu(() => existsSync(join(dir, '.dist.baru')) && readdirSync(join(dir, '.dist.baru')).length > 0, b.anak);
    b.anak.kill('SIGINT');
    expect(await b.selesai).toBe(130);
    expect(b.keluaran()).toMatch(/Build dihentikan \(Ctrl\+C\)\. dist\/ yang lama tetap utuh: tidak ada berkas yang diganti\./);
    expect(b.keluaran()).not.toMatch(/\n\s+at /); // no stack trace
    expect(potretDist(join(dir, 'dist'))).toEqual(sebelum);
    // The scratch folder is removed by the handler, but a write Astro's worker threads already had in flight may land
    // after it (seen once in four runs); it is never published, and the next build starts by removing it (next test).
    expect(existsSync(join(dir, '.dist.baru', 'index.html'))).toBe(false);
  }, 600_000);

  it('SIGTERM while the browser prints; the browser is stopped too', async () => {
    const sebelum = potretDist(join(dir, 'dist'));
    const b = mulai();
    await tunggu(() => /^PDF:$/m.test(b.keluaran()) && anakProses(b.anak.pid!).length > 0, b.anak);
    const peramban = anakProses(b.anak.pid!);
    b.anak.kill('SIGTERM');
    expect(await b.selesai).toBe(143);
    expect(b.keluaran()).toMatch(/Build dihentikan \(SIGTERM\)\. dist\/ yang lama tetap utuh/);
    expect(potretDist(join(dir, 'dist'))).toEqual(sebelum);
    expect(existsSync(join(dir, '.dist.baru'))).toBe(false);
    expect(readdirSync(join(dir, '.cache/pdf')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(peramban.filter(hidup)).toEqual([]);
  }, 600_000);

  it('a build that fails (the browser does not start) reports it and replaces nothing', () => {
    const sebelum = potretDist(join(dir, 'dist'));
    const r = bangunProyek(dir, [], { LKJIP_BROWSER: '/bin/false' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Build gagal: PDF tidak dapat dibuat/);
    expect(r.stderr).toMatch(/dist\/ yang lama tetap utuh: tidak ada berkas yang diganti/);
    expect(potretDist(join(dir, 'dist'))).toEqual(sebelum);
  }, 600_000);

  it('the next complete build puts the change in place, with the new PDF', () => {
    const r = bangun(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/dist\/: diganti/);
    expect(readFileSync(join(dir, 'dist', ID, 'bab-3/index.html'), 'utf8')).toContain('62,18%'); // 56,90 / 91,50, truncated
    expect(halamanTeks(pdfDist()).join('\n')).toContain('62,18');
  }, 600_000);
});

describe('the PDF cache is verified before reuse', () => {
  it('a truncated PDF in .cache/pdf/ is printed again, not served as unchanged', () => {
    const cache = join(dir, '.cache/pdf', `${ID}.pdf`);
    const ukuran = statSync(cache).size;
    truncateSync(cache, Math.floor(ukuran / 2));
    const r = bangun(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`${ID}\\s+\\d+ halaman, dicetak dalam [\\d.]+ s \\(PDF di cache terpotong atau rusak`));
    expect(r.stdout).not.toMatch(/tidak berubah, dipakai ulang/);
    expect(statSync(cache).size).toBeGreaterThan(ukuran / 2);
    expect(halamanTeks(pdfDist()).length).toBeGreaterThan(10);
  }, 600_000);

  it('a cached PDF altered in place (same size) is printed again', () => {
    const cache = join(dir, '.cache/pdf', `${ID}.pdf`);
    const b = readFileSync(cache);
    b[Math.floor(b.length / 2)] ^= 0xff;
    writeFileSync(cache, b);
    const r = bangun(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/dicetak dalam [\d.]+ s \(PDF di cache rusak/);
  }, 600_000);
});
