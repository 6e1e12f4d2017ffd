/** Runs one of the project's commands (scripts/<nama>.ts) as a user does, without blocking the test worker. */
import { spawn } from 'node:child_process';

export interface HasilKomando {
  status: number | null;
  /** stdout then stderr, as a terminal shows them. */
  keluaran: string;
  stdout: string;
  stderr: string;
}

/**
 * `node scripts/<nama>.ts …args` in `cwd` (default: this worktree); `masukan` is piped to stdin (else stdin is closed).
 * Asynchronous, so independent commands in `it.concurrent` tests run side by side. `batasMs` kills a command
 * that should have stopped long before (e.g. one that ignores --help and starts working): its status is then null.
 */
export function jalankan(
  nama: string,
  args: string[] = [],
  opsi: { cwd?: string; masukan?: string; env?: NodeJS.ProcessEnv; batasMs?: number } = {},
): Promise<HasilKomando> {
  return new Promise((selesai, gagal) => {
    // process.execPath is the Node that runs Vitest (>= 22.12, which strips TypeScript types).
    const p = spawn(process.execPath, [`scripts/${nama}.ts`, ...args], {
      cwd: opsi.cwd,
      env: { ...process.env, ...opsi.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const batas = opsi.batasMs ? setTimeout(() => p.kill('SIGKILL'), opsi.batasMs) : undefined;
    p.on('error', gagal);
    p.on('close', (status) => {
      clearTimeout(batas);
      selesai({ status, stdout, stderr, keluaran: stdout + stderr });
    });
    p.stdin.end(opsi.masukan ?? '');
  });
}
