import * as fs from 'fs';
import * as path from 'path';

let root: string | undefined;

/**
 * The package's folder, found from this file upward: dist/sla.js in the
 * build, src/io/assets.ts under the tests. Runtime assets (schemas,
 * templates) ship beside dist/ in the package.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'schemas'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('sla: cannot find the package folder (schemas/ is missing)');
    dir = up;
  }
  root = dir;
  return dir;
}

export function assetPath(...parts: string[]): string {
  return path.join(packageRoot(), ...parts);
}
