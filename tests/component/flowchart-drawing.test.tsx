// The flowchart's drawing: one link per step of the machine (each opening that step in
// training mode), and every answer drawn once with its words: an arrow between checks, or a line
// inside its box when it leads to an outcome or to "Was the customer charged?".
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import enSteps from '../../content/e1/en.json';
import { createI18n, firstScreenNamespaces, I18nProvider } from '../../src/i18n';
import { ChartSvg, noHighlight } from '../../src/trainer/flowchart/ChartSvg';
import { answerOfEvent, chartGraph, type ChartEdge } from '../../src/trainer/flowchart/graph';
import { isLead, layoutChart } from '../../src/trainer/flowchart/layout';
import { answerLabel, isCheckId, stepIds, type StepId } from '../../src/wizard';

const graph = chartGraph();
const title = (id: StepId) => (id === 'start' ? 'Start' : enSteps[id].title);
const answer = ({ from, event }: ChartEdge) => {
  const id = answerOfEvent(event);
  return id && isCheckId(from) ? answerLabel(enSteps, from, id) : 'Start';
};
const lead = (edge: ChartEdge) => `${answer(edge)} → ${title(edge.to)}`;
const hrefOf = (step: StepId) => `?step=${step}&mode=training`;

/** Draws the chart in English, with the trainer's words loaded, as the flowchart page has them. */
async function drawChart() {
  const i18n = createI18n('en');
  await i18n.loadNamespaces([...firstScreenNamespaces, 'trainer']);
  const layout = layoutChart(graph, {
    node: title,
    note: () => null,
    group: (id) => id,
    edge: answer,
    lead,
  });
  return render(
    <I18nProvider i18n={i18n}>
      <div>
        <p id="hint">Opens in training mode</p>
        <ChartSvg
          layout={layout}
          hrefOf={hrefOf}
          hintId="hint"
          highlight={noHighlight}
          transform={{ x: 0, y: 0, scale: 1 }}
        />
      </div>
    </I18nProvider>,
  );
}

/** Drawn words, wrapped over several lines, compared without the breaks. */
const squeezed = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');

describe('the flowchart drawing', () => {
  it('draws one link per step, each opening that step in training mode', async () => {
    await drawChart();
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(stepIds.length);
    expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(
      stepIds.map(hrefOf).sort(),
    );
    expect(
      screen.getByRole('link', { name: enSteps['card.insert'].title }),
    ).toHaveAccessibleDescription('Opens in training mode');
  });

  // The drawing's lines have no role of their own (an SVG path or a line of text in a box), so
  // this one test reads the SVG it draws, by the edge id each line carries.
  /* eslint-disable testing-library/no-container, testing-library/no-node-access */
  it('draws every answer once, with its words: an arrow between checks, else a line in its box', async () => {
    const { container } = await drawChart();
    for (const edge of graph.edges) {
      const drawn = container.querySelectorAll(`[data-edge="${edge.id}"]`);
      expect(drawn, edge.id).toHaveLength(1);
      const [element] = drawn;
      if (isLead(edge)) {
        expect(element?.tagName, edge.id).toBe('tspan');
        // Inside the box of the check it leaves.
        expect(element?.closest('a')?.getAttribute('href'), edge.id).toBe(hrefOf(edge.from));
        expect(squeezed(element?.textContent), edge.id).toBe(squeezed(lead(edge)));
      } else {
        expect(element?.tagName, edge.id).toBe('g');
        expect(squeezed(element?.textContent), edge.id).toBe(squeezed(answer(edge)));
      }
    }
    expect(container.querySelectorAll('[data-edge]')).toHaveLength(graph.edges.length);
  });
  /* eslint-enable testing-library/no-container, testing-library/no-node-access */

  it('writes "Yes, others fail too" into the first question’s box, as the way to the outage advice', async () => {
    await drawChart();
    const first = screen.getByRole('link', { name: enSteps['triage.others'].title });
    expect(squeezed(first.textContent)).toContain(
      squeezed(
        `${enSteps['triage.others'].answers.othersFail} → ${enSteps['outcome.outage'].title}`,
      ),
    );
  });
});
