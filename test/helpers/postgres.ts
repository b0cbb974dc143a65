import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Debian's PostgreSQL 15 (`apt-get install postgresql`; .ci/run installs it). */
export const PG_BIN = path.join(path.sep, 'usr', 'lib', 'postgresql', '15', 'bin');

/**
 * A throwaway PostgreSQL cluster on a Unix socket in a temporary folder,
 * started by the test and removed after it. As root the server runs as the
 * `postgres` user (it refuses to run as root).
 */
export class Postgres {
  readonly dir: string;
  private readonly asServer: string[];

  constructor() {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-pg-'));
    const root = process.getuid?.() === 0;
    this.asServer = root ? ['runuser', '-u', 'postgres', '--'] : [];
    if (root) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      fs.chownSync(this.dir, uid, gid);
    }
    this.server(path.join(PG_BIN, 'initdb'), '-D', this.data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C');
    this.server(path.join(PG_BIN, 'pg_ctl'), '-D', this.data, '-o', `-k ${this.dir} -c listen_addresses= -c fsync=off`, '-w', '-l', path.join(this.dir, 'log'), 'start');
  }

  private get data(): string {
    return path.join(this.dir, 'data');
  }

  private server(cmd: string, ...args: string[]): void {
    const [first, ...rest] = [...this.asServer, cmd, ...args];
    const r = spawnSync(first!, rest, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  }

  /** psql with the given arguments (stops at the first error); its standard output. */
  psql(...args: string[]): string {
    const r = spawnSync('psql', ['-h', this.dir, '-U', 'postgres', '-d', 'postgres', '-X', '-q', '-v', 'ON_ERROR_STOP=1', ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });
    if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
    return r.stdout;
  }

  stop(): void {
    try {
      this.server(path.join(PG_BIN, 'pg_ctl'), '-D', this.data, '-m', 'immediate', 'stop');
    } finally {
      fs.rmSync(this.dir, { recursive: true, force: true });
    }
  }
}
