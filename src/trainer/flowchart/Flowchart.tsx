import { useId, useMemo, type FocusEvent } from 'react';
import { useLanguage, useStepWords, useTranslation } from '../../i18n';
import { placeHref } from '../../places';
import { answerLabel, isCheckId, stageIds, type StepId } from '../../wizard';
import { ChartSvg, type ChartHighlight } from './ChartSvg';
import { answerOfEvent, chartGraph, type ChartEdge } from './graph';
import { chartFont, layoutChart, type ChartLayout } from './layout';
import { usePanZoom } from './usePanZoom';

const graph = chartGraph();
/** The zoom at which the boxes' titles draw at 12 px: below it, the chart opens panned, not whole. */
const readableScale = 12 / chartFont.size;

/** The chart laid out in the current language (laid out again only when the language changes). */
function useChartLayout(): ChartLayout {
  const { t } = useTranslation(['trainer', 'ui']);
  const steps = useStepWords();
  return useMemo(
    () => {
      const title = (id: StepId) => (id === 'start' ? t('ui:start.title') : steps[id].title);
      const answer = ({ from, event }: ChartEdge) => {
        const id = answerOfEvent(event);
        return id && isCheckId(from) ? answerLabel(steps, from, id) : t('flowchart.start');
      };
      return layoutChart(graph, {
        node: title,
        note: (id) => (id === 'outcome.abandoned' ? t('flowchart.stopNote') : null),
        group: (id) =>
          id === 'outcome'
            ? t('flowchart.outcomes')
            : t('flowchart.stage', {
                number: stageIds.indexOf(id) + 1,
                stage: t(`ui:stages.${id}`),
              }),
        edge: answer,
        lead: (edge) => t('flowchart.leadsTo', { answer: answer(edge), step: title(edge.to) }),
      });
    },
    // `t` and `steps` change with the language, and only then.
    [t, steps],
  );
}

interface FlowchartProps {
  highlight: ChartHighlight;
}

/** The machine's tree as a picture that pans and zooms; each step opens in training mode. */
export function Flowchart({ highlight }: FlowchartProps) {
  const { t } = useTranslation('trainer');
  const lang = useLanguage();
  const layout = useChartLayout();
  const size = useMemo(() => ({ width: layout.width, height: layout.height }), [layout]);
  const start = layout.nodes.find((node) => node.id === 'start');
  const { boxRef, view, boxHandlers, zoomIn, zoomOut, fit, actualSize, reveal } = usePanZoom(size, {
    readable: readableScale,
    focusX: start?.x,
  });
  const ids = useId();
  const hintId = `${ids}-hint`;
  const helpId = `${ids}-help`;

  const hrefOf = (step: StepId) =>
    placeHref({
      view: { name: 'wizard', training: { scenario: null } },
      step,
      lang,
      endedAt: null,
    });

  // A step reached with Tab scrolls into the box.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const step = event.target.getAttribute('data-step');
    const node = layout.nodes.find((candidate) => candidate.id === step);
    if (node) {
      reveal({
        x: node.x - node.width / 2,
        y: node.y - node.height / 2,
        width: node.width,
        height: node.height,
      });
    }
  };

  return (
    <div className="flowchart">
      <div className="flowchart-tools">
        <button type="button" className="chart-tool" onClick={zoomIn}>
          <span aria-hidden="true">＋ </span>
          {t('flowchart.zoomIn')}
        </button>
        <button type="button" className="chart-tool" onClick={zoomOut}>
          <span aria-hidden="true">－ </span>
          {t('flowchart.zoomOut')}
        </button>
        <button type="button" className="chart-tool" onClick={fit}>
          {t('flowchart.fit')}
        </button>
        <button type="button" className="chart-tool" onClick={actualSize}>
          {t('flowchart.actualSize')}
        </button>
        <p className="chart-zoom" role="status">
          {t('flowchart.zoomLevel', { percent: Math.round(view.scale * 100) })}
        </p>
      </div>
      <div
        ref={boxRef}
        className="flowchart-box"
        role="group"
        aria-label={t('flowchart.label')}
        aria-describedby={helpId}
        // A picture larger than its box pans from the keyboard too (WCAG 2.1.1): it takes focus.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        onFocus={onFocus}
        {...boxHandlers}
      >
        <ChartSvg
          layout={layout}
          hrefOf={hrefOf}
          hintId={hintId}
          highlight={highlight}
          transform={view}
        />
      </div>
      <p id={helpId} className="hint">
        {t('flowchart.help')}
      </p>
      <p id={hintId} className="visually-hidden">
        {t('flowchart.opensInTraining')}
      </p>
      <p className="hint">
        {t('flowchart.counted', {
          nodes: layout.nodes.length,
          edges:
            layout.edges.length + layout.nodes.reduce((sum, node) => sum + node.leads.length, 0),
        })}
      </p>
      <ChartAsList layout={layout} />
    </div>
  );
}

/** The same chart in words: each step and where each answer leads from it. */
function ChartAsList({ layout }: { layout: ChartLayout }) {
  const { t } = useTranslation('trainer');
  const titleOf = new Map(layout.nodes.map((node) => [node.id, node.title]));
  return (
    <details className="chart-list">
      <summary>{t('flowchart.asList')}</summary>
      <ul>
        {layout.nodes.map((node) => {
          const arrows = layout.edges
            .filter((edge) => edge.from === node.id)
            .map((edge) => ({
              id: edge.id,
              text: t('flowchart.leadsTo', {
                answer: edge.label.text,
                step: titleOf.get(edge.to) ?? edge.to,
              }),
            }));
          // In the order the check offers its answers.
          const order = (id: string) => graph.edges.findIndex((edge) => edge.id === id);
          const out = [...arrows, ...node.leads].sort((a, b) => order(a.id) - order(b.id));
          return (
            <li key={node.id}>
              {node.note ? `${node.title} (${node.note})` : node.title}
              {out.length > 0 && (
                <ul>
                  {out.map((answer) => (
                    <li key={answer.id}>{answer.text}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
