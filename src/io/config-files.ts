import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../core/errors';
import { readBytes } from './files';

/** A config file is a few lines; anything this long (a device, a runaway file) is refused while it is read. */
const MAX_CONFIG_BYTES = 1 << 20;

/** What the finder needs of a parsed config file; the rest is its reader's business. */
export interface ConfigFile {
  /** Stop the upward search at this file. */
  root: boolean;
  /** Globs relative to the file's folder. */
  ignore: readonly string[];
}

interface Found<C> {
  dir: string;
  config: C;
  ignores?: (relative: string) => boolean;
}

/**
 * Finds the config files that apply to a folder: `name` in it and in each
 * parent, up to one that says `root: true`. What a file means is the
 * `parse` function's (the CLI passes lint's reader of `.slarc.yaml`). Parsed
 * files are cached per folder, so linting a thousand agreements reads each
 * config file once.
 */
export class ConfigFinder<C extends ConfigFile> {
  private readonly byDir = new Map<string, Found<C>[]>();
  private readonly read: string[] = [];

  constructor(
    private readonly name: string,
    private readonly parse: (text: string, file: string) => C,
  ) {}

  /** The configs that apply to `dir`, the farthest first (a nearer one overrides it). */
  configsFor(dir: string): C[] {
    return this.chain(path.resolve(dir)).map((f) => f.config);
  }

  /** Whether a config that applies to `file` lists it under `ignore`. */
  isIgnored(file: string): boolean {
    const abs = path.resolve(file);
    return this.chain(path.dirname(abs)).some((f) => {
      if (f.config.ignore.length === 0) return false;
      // picomatch loads only for a config that has `ignore`
      f.ignores ??= (require('picomatch') as typeof import('picomatch'))([...f.config.ignore], { dot: true });
      return f.ignores(path.relative(f.dir, abs).split(path.sep).join('/'));
    });
  }

  /** Every config file read so far, as absolute paths. */
  filesRead(): readonly string[] {
    return this.read;
  }

  private chain(dir: string): Found<C>[] {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const file = path.join(dir, this.name);
    let own: Found<C> | undefined;
    if (fs.existsSync(file)) {
      const bytes = readBytes(file, dir, MAX_CONFIG_BYTES);
      if (bytes.length > MAX_CONFIG_BYTES) throw new InputError(`${file}: a config file is larger than 1 MB`);
      own = { dir, config: this.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), file) };
      this.read.push(file);
    }
    const parent = path.dirname(dir);
    const above = own?.config.root || parent === dir ? [] : this.chain(parent);
    const result = own ? [...above, own] : above;
    this.byDir.set(dir, result);
    return result;
  }
}
