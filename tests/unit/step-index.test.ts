// The step index's pure parts: every step of the machine exactly once, grouped by stage in the
// machine's order, and the filter the agent types into.
import { describe, expect, it } from 'vitest';
import { filterWords, matchesFilter, stepIndex, stepIndexGroups } from '../../src/share/stepIndex';
import { checkSteps, outcomeIds, stageIds } from '../../src/wizard';

const entry = (id: string) => {
  const found = stepIndex().find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no step ${id} in the index`);
  return found;
};

describe('the step index’s groups', () => {
  it('hold every check under its stage, in the machine’s order, then every outcome', () => {
    const groups = stepIndexGroups();
    expect(groups.map((group) => group.id)).toEqual([...stageIds, 'outcome']);
    for (const group of groups.slice(0, -1)) {
      expect(group.entries.map((row) => row.id)).toEqual(
        checkSteps.filter((step) => step.stage === group.id).map((step) => step.id),
      );
      expect(group.names?.en.trim()).not.toBe('');
      expect(group.names?.['zh-CN'].trim()).not.toBe('');
    }
    expect(groups.at(-1)?.entries.map((row) => row.id)).toEqual(outcomeIds);
    expect(stepIndex().map((row) => row.id)).toEqual([
      ...checkSteps.map((step) => step.id),
      ...outcomeIds,
    ]);
  });
});

describe('the step index’s filter', () => {
  it('reads what was typed as words, case and full-width forms aside', () => {
    expect(filterWords('  PIN   Locked ')).toEqual(['pin', 'locked']);
    expect(filterWords('ｃａｒｄ．ｏｔｈｅｒ')).toEqual(['card.other']);
    expect(filterWords('   ')).toEqual([]);
  });

  it('matches a step by its id, its English or its Chinese title, every word somewhere', () => {
    const reenter = entry('pin.reenter');
    expect(matchesFilter(reenter, filterWords('pin.re'))).toBe(true);
    expect(matchesFilter(reenter, filterWords('cardholder PIN again'))).toBe(true);
    expect(matchesFilter(reenter, filterWords('持卡人'))).toBe(true);
    expect(matchesFilter(reenter, filterWords('PIN network'))).toBe(false);
    expect(matchesFilter(reenter, [])).toBe(true);
  });

  it('matches a step by its group’s name in either language', () => {
    const [network] = stepIndexGroups().filter((group) => group.id === 'network');
    const names = Object.values(network?.names ?? {});
    expect(matchesFilter(entry('network.host'), filterWords('网络'), names)).toBe(true);
    expect(matchesFilter(entry('network.host'), filterWords('网络'))).toBe(false);
  });
});
