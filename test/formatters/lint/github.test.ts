import { escapeData, escapeProperty, github } from '../../../src/formatters/lint/github';
import { CLEAN, CWD, EMPTY, MIXED, fileResult, finding, lintResult } from './build';

const opts = { color: true, cwd: CWD };

/** Reads a workflow command back the way the runner does. */
function parseCommand(line: string) {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) =>
    s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props = Object.fromEntries(
    m[2].split(',').map((p) => {
      const eq = p.indexOf('=');
      return [p.slice(0, eq), unescape(p.slice(eq + 1))];
    }),
  );
  return { command: m[1], props, message: unescape(m[3]) };
}

describe('github', () => {
  it('prints nothing without findings', () => {
    expect(github(EMPTY, opts)).toBe('');
    expect(github(CLEAN, opts)).toBe('');
  });

  it('writes one annotation per finding, errors and warnings, sorted by position', () => {
    const lines = github(MIXED, opts).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      '::error file=agreements/hosting.sla.yaml,line=12,col=5,endLine=12,endColumn=10,title=schema::unknown key "tagret" (did you mean "target"?)',
    );
    expect(lines.map((l) => parseCommand(l).command)).toEqual(['error', 'error', 'warning', 'error']);
    expect(parseCommand(lines[2]).props).toEqual({
      file: 'agreements/hosting.sla.yaml',
      line: '130',
      col: '7',
      endLine: '130',
      endColumn: '7',
      title: 'credit-tier-gap',
    });
  });

  it('escapes messages and properties by GitHub rules so nothing is lost', () => {
    const lines = github(MIXED, opts).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const odd = parseCommand(lines[3]);
    expect(lines[3]).toContain('file=sub dir/Überweisung & <ß>%2C 100%25%3A "x".sla.yaml,');
    expect(lines[3]).toContain('::bad value: 50%25 & <more>, "quoted"%0Asecond line: ]]> 中文 €');
    expect(odd.props.file).toBe('sub dir/Überweisung & <ß>, 100%: "x".sla.yaml');
    expect(odd.message).toBe('bad value: 50% & <more>, "quoted"\nsecond line: ]]> 中文 €');
    expect(odd.props).toMatchObject({ line: '3', col: '1', endLine: '4', endColumn: '1' });
  });

  it('escapes as the actions toolkit does', () => {
    expect(escapeData('100%\r\n:,')).toBe('100%25%0D%0A:,');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('never lets a message start a new command', () => {
    const evil = lintResult([fileResult('a.sla.yaml', [finding('a.sla.yaml', 'schema', 'error', 'x\n::error::injected', [1, 1])])]);
    expect(github(evil, opts).trimEnd().split('\n')).toHaveLength(1);
  });
});
