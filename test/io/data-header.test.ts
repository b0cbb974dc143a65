import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { dataHeaderReader, parseHeader } from '../../src/io/data-header';

describe('parseHeader', () => {
  it('reads the first record: quotes, doubled quotes, commas and line breaks inside quotes, a BOM, CRLF, trimmed names', () => {
    expect(parseHeader(Buffer.from('\uFEFF"a","b ""c""", d \r\n1,2,3\n'), true)).toEqual(['a', 'b "c"', 'd']);
    expect(parseHeader(Buffer.from('"multi\nline",x\n'), true)).toEqual(['multi\nline', 'x']);
    expect(parseHeader(Buffer.from('only,header'), true)).toEqual(['only', 'header']);
  });

  it('gives undefined for an empty file, an unfinished quote, or a first line that does not end in the bytes read', () => {
    expect(parseHeader(Buffer.from(''), true)).toBeUndefined();
    expect(parseHeader(Buffer.from('"open,x\n'), true)).toBeUndefined();
    expect(parseHeader(Buffer.from('a,b,c'), false)).toBeUndefined();
  });
});

describe('dataHeaderReader', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-header-'));
  const agreement = path.join(root, 'agreement');
  fs.mkdirSync(path.join(agreement, 'data'), { recursive: true });
  fs.writeFileSync(path.join(agreement, 'data', 'ok.csv'), 'start,end\n2026-01-01,2026-01-02\n');
  fs.writeFileSync(path.join(agreement, 'data', 'wide.csv'), `${'c,'.repeat(5000)}c\n`);
  fs.writeFileSync(path.join(root, 'outside.csv'), 'secret,columns\n');
  fs.symlinkSync(path.join(root, 'outside.csv'), path.join(agreement, 'data', 'link.csv'));
  const read = dataHeaderReader(agreement);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reads the header of a file inside the agreement folder', () => {
    expect(read('data/ok.csv')).toEqual(['start', 'end']);
  });

  it('reads nothing outside the folder, by .., by an absolute path or through a link', () => {
    expect(read('../outside.csv')).toBeUndefined();
    expect(read(path.join(root, 'outside.csv'))).toBeUndefined();
    expect(read('data/link.csv')).toBeUndefined();
  });

  it('reads at most 8 KB: a longer first line and a missing file give undefined', () => {
    expect(read('data/wide.csv')).toBeUndefined();
    expect(read('data/none.csv')).toBeUndefined();
  });
});
