// The flowchart's drawing: one link per step of the machine (each opening that step in
// training mode) and one labelled arrow per drawn transition, labelled with the answer's words.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import enSteps from '../../content/e1/en.json';
import { ChartSvg, noHighlight } from '../../src/trainer/flowchart/ChartSvg';
import { answerOfEvent, chartGraph } from '../../src/trainer/flowchart/graph';
import { layoutChart } from '../../src/trainer/flowchart/layout';
import { answerLabel, isCheckId, stepIds, type StepId } from '../../src/wizard';

const graph = chartGraph();

function drawChart(edgeLabel: (edge: (typeof graph.edges)[number]) => string) {
  const layout = layoutChart(graph, {
    node: (id) => (id === 'start' ? 'Start' : enSteps[id].title),
    note: () => null,
    group: (id) => id,
    edge: edgeLabel,
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
  return { hrefOf };
}

describe('the flowchart drawing', () => {
  it('draws one link per step, each opening that step in training mode', () => {
    const { hrefOf } = drawChart((edge) => edge.id);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(stepIds.length);
    expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(
      stepIds.map(hrefOf).sort(),
    );
    expect(
      screen.getByRole('link', { name: enSteps['card.insert'].title }),
    ).toHaveAccessibleDescription('Opens in training mode');
  });

  it('draws one arrow per transition, each once', () => {
    drawChart((edge) => edge.id);
    for (const edge of graph.edges) expect(screen.getAllByText(edge.id), edge.id).toHaveLength(1);
    expect(graph.edges.filter((edge) => edge.event === 'nav.start')).toHaveLength(1);
  });

  it('labels each arrow with the answer’s words on the check it leaves', () => {
    drawChart(({ from, event }) => {
      const answer = answerOfEvent(event);
      return answer && isCheckId(from) ? answerLabel(enSteps, from, answer) : 'Start';
    });
    expect(screen.getAllByText(enSteps['triage.others'].answers.othersFail)).toHaveLength(1);
    expect(screen.getAllByText(enSteps['card.other'].answers.noOther)).toHaveLength(1);
    // "Sign-in works" leaves every sign-in test whose words say so.
    const signinWorks = graph.edges.filter(
      (edge) =>
        edge.event === 'answer.works' &&
        isCheckId(edge.from) &&
        answerLabel(enSteps, edge.from, 'works') === 'Sign-in works',
    );
    expect(signinWorks.length).toBeGreaterThan(1);
    expect(screen.getAllByText('Sign-in works')).toHaveLength(signinWorks.length);
  });
});
