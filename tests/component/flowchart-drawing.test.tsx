// The flowchart's drawing: one link per step of the machine (each opening that step in
// training mode) and one labelled arrow per drawn transition.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import enSteps from '../../content/e1/en.json';
import { ChartSvg, noHighlight } from '../../src/trainer/flowchart/ChartSvg';
import { chartGraph, isDrawnEvent } from '../../src/trainer/flowchart/graph';
import { layoutChart } from '../../src/trainer/flowchart/layout';
import { answersOf, checkSteps, stepIds, type StepId } from '../../src/wizard';

describe('the flowchart drawing', () => {
  it('draws one link per step and one arrow per transition, each step opening in training mode', () => {
    const layout = layoutChart(chartGraph(), {
      node: (id) => (id === 'start' ? 'Start' : enSteps[id].title),
      note: () => null,
      group: (id) => id,
      // Each arrow is labelled with its event, so the labels can be counted.
      edge: (event) => event,
    });
    const hrefOf = (step: StepId) => `?step=${step}&mode=training`;
    render(
      <div>
        <p id="hint">Opens in training mode</p>
        <ChartSvg
          layout={layout}
          hrefOf={hrefOf}
          hintId="hint"
          highlight={noHighlight}
          transform={{ x: 0, y: 0, scale: 1 }}
        />
      </div>,
    );
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(stepIds.length);
    expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(
      stepIds.map(hrefOf).sort(),
    );
    expect(
      screen.getByRole('link', { name: enSteps['card.wipe'].title }),
    ).toHaveAccessibleDescription('Opens in training mode');

    const arrows = screen.getAllByText((text) => isDrawnEvent(text));
    const answers = checkSteps.flatMap((step) => answersOf(step));
    expect(arrows).toHaveLength(answers.length + 1);
    expect(screen.getAllByText('nav.start')).toHaveLength(1);
  });
});
