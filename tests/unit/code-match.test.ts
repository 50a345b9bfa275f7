// The lookup's matching: a code in any case or width, with spaces, or words in either language.
import { describe, expect, it } from 'vitest';
import enCodes from '../../content/codes/en.json';
import zhCodes from '../../content/codes/zh-CN.json';
import { linkedCode, searchIndexOf } from '../../src/codes/data';
import { codeOf, matchCodes, normalize } from '../../src/codes/match';

const index = searchIndexOf({ en: enCodes, 'zh-CN': zhCodes });
const find = (query: string) => matchCodes(query, index);
const everyId = index.map((entry) => entry.id);

describe('matching what a cashier types', () => {
  it.each(['96', ' 96 ', '9 6', '９６'])('finds 96 first from %j', (query) => {
    expect(find(query)[0]).toBe('96');
  });

  it.each(['A0', 'a0', 'Ａ０', 'ａ０', ' a 0 ', 'A-0'])('finds A0 first from %j', (query) => {
    expect(find(query)[0]).toBe('A0');
  });

  it('finds E1, the POS’s own message, in any case or width', () => {
    for (const query of ['E1', 'e1', 'Ｅ１']) expect(find(query)[0], query).toBe('E1');
  });

  it('finds a code typed among other words', () => {
    expect(find('code 51')[0]).toBe('51');
    expect(find('应答码 51')[0]).toBe('51');
  });

  it('finds 51 from its words in either language, whatever the language on screen', () => {
    expect(find('余额不足')).toContain('51');
    expect(find('insufficient')).toEqual(['51']);
    expect(find('Insufficient FUNDS')).toEqual(['51']);
  });

  it('finds the Chinese message the POS shows', () => {
    expect(find('交换中心异常')[0]).toBe('96');
    expect(find('请重新签到')).toEqual(['99', 'A0']);
  });

  it('finds the PIN codes from "PIN", titles first', () => {
    const found = find('PIN');
    expect(found).toEqual(expect.arrayContaining(['55', '38', '75']));
    expect(found.indexOf('55')).toBeLessThan(found.indexOf('99'));
    expect(find('pin')).toEqual(found);
  });

  it('narrows to the codes a first character starts', () => {
    expect(find('5')).toEqual(expect.arrayContaining(['51', '54', '55', '57', '58', '59']));
    expect(find('a')).toEqual(expect.arrayContaining(['A0', 'A7']));
  });

  it('lists every entry, E1 first, for an empty query', () => {
    expect(find('')).toEqual(everyId);
    expect(find('   ')).toEqual(everyId);
    expect(everyId[0]).toBe('E1');
  });

  it('finds nothing for a code the facts do not list, or for nonsense', () => {
    expect(find('33')).toEqual([]);
    expect(find('ZZ')).toEqual([]);
    expect(find('<script>alert(1)</script>')).toEqual([]);
  });

  it('needs every word typed', () => {
    expect(find('insufficient funds')).toEqual(['51']);
    expect(find('insufficient zebra')).toEqual([]);
  });
});

describe('normalizing', () => {
  it('turns full-width letters and digits into ASCII, lower case, single spaces', () => {
    expect(normalize('  Ａ０\u3000ＰＩＮ  ')).toBe('a0 pin');
    expect(codeOf(' ａ ０ ')).toBe('A0');
  });
});

describe('a code in a link', () => {
  it('names a code in any case or width', () => {
    for (const raw of ['96', 'a0', 'A0', 'Ａ０', ' c1 ']) {
      expect(linkedCode(raw).kind, raw).toBe('code');
    }
    expect(linkedCode('a0')).toMatchObject({ kind: 'code', entry: { code: 'A0' } });
  });

  it('names E1', () => {
    expect(linkedCode('e1')).toEqual({ kind: 'e1' });
  });

  it('names nothing for an unknown, empty, long or marked-up value', () => {
    for (const raw of ['33', 'ZZ', '', '9', '960', '<b>96</b>', '96'.repeat(20)]) {
      expect(linkedCode(raw), raw).toEqual({ kind: 'unknown' });
    }
  });
});
