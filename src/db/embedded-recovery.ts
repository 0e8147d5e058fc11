import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Logger } from '../logger';

/**
 * After `kill -9` of the app, the PostgreSQL it spawned keeps running as an orphan (it is a child
 * process, not a thread) and holds the data directory and the port; after a crash of the machine
 * or of PostgreSQL itself, `postmaster.pid` names a process that is gone or, worse, a pid since
 * reused by some other program, which PostgreSQL takes for a live server and refuses to start.
 * This reads the lock file before every start and clears the way:
 * - no process with that pid (or a zombie): the file is stale, remove it;
 * - a live process that is not a postgres on this data directory: the pid was reused, remove it;
 * - our own orphan: stop it as `pg_ctl stop -m fast` would (SIGINT), wait for it, then start anew.
 * Anything else is left for PostgreSQL to refuse, with its own words (startEmbeddedPostgres).
 */
export async function clearStaleServer(databaseDir: string, log: Logger, patienceMs = 30_000): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const [pidLine = '', dirLine = ''] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine.trim());
  if (!Number.isInteger(pid) || pid <= 0) {
    rmSync(pidFile, { force: true });
    log.warn({ databaseDir }, 'embedded PostgreSQL: removed an unreadable postmaster.pid');
    return;
  }
  if (!isRunning(pid)) {
    rmSync(pidFile, { force: true });
    log.warn({ pid, databaseDir }, 'embedded PostgreSQL: removed a stale postmaster.pid (its server is gone)');
    return;
  }
  if (!isPostgresOn(pid, resolve(dirLine.trim() || databaseDir), resolve(databaseDir))) {
    rmSync(pidFile, { force: true });
    log.warn({ pid, databaseDir }, 'embedded PostgreSQL: removed a stale postmaster.pid (its pid now belongs to another program)');
    return;
  }
  log.warn({ pid, databaseDir }, 'embedded PostgreSQL: stopping the server a previous run left behind');
  // SIGINT is PostgreSQL's fast shutdown: sessions are ended, the data is checkpointed.
  signal(pid, 'SIGINT');
  if (await exited(pid, patienceMs)) return;
  throw new Error(`The embedded PostgreSQL left by a previous run (pid ${pid}, data ${databaseDir}) did not stop within ${patienceMs / 1000} s; stop it (kill ${pid}) and start again`);
}

/** True while a process has the pid; a zombie (exited, not yet reaped) counts as gone. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true; // no /proc (macOS): kill(0) is the answer
  }
}

/** Whether the process is a postgres server on this data directory (its command line says `-D dir`). */
function isPostgresOn(pid: number, lockDir: string, databaseDir: string): boolean {
  let args: string[];
  try {
    args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    try {
      args = execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).trim().split(/\s+/);
    } catch {
      return false;
    }
  }
  const dirIndex = args.indexOf('-D');
  const dir = dirIndex >= 0 ? args[dirIndex + 1] : undefined;
  return basename(args[0] ?? '').startsWith('postgres') && !!dir && [lockDir, databaseDir].includes(resolve(dir));
}

function signal(pid: number, name: NodeJS.Signals): void {
  try { process.kill(pid, name); } catch { /* already gone */ }
}

/** Polls until the process is gone, at most patienceMs; answers whether it went. */
async function exited(pid: number, patienceMs: number): Promise<boolean> {
  const deadline = Date.now() + patienceMs;
  while (isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}
