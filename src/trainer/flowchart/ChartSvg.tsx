import type { MouseEvent } from 'react';
import { useTranslation } from '../../i18n';
import { navigateTo } from '../../ui';
import type { StepId } from '../../wizard';
import {
  chartFont,
  leadGap,
  leadIndent,
  nodePadding,
  type ChartLayout,
  type LaidOutEdge,
  type LaidOutNode,
  type Point,
} from './layout';

/** The paths to pick out on the chart: a run's steps, and the shortest way to the right outcome. */
export interface ChartHighlight {
  taken: readonly StepId[];
  shortest: readonly StepId[];
}

export const noHighlight: ChartHighlight = { taken: [], shortest: [] };

interface ChartSvgProps {
  layout: ChartLayout;
  /** Where tapping a step goes (that step in training mode). */
  hrefOf: (step: StepId) => string;
  /** The id of the line that says what opening a step does. */
  hintId: string;
  highlight: ChartHighlight;
  transform: { x: number; y: number; scale: number };
}

/** Pairs of consecutive steps, as edge keys `from→to`. */
function moves(steps: readonly StepId[]): Set<string> {
  return new Set(steps.slice(1).map((step, index) => `${steps[index] ?? ''}→${step}`));
}

const edgeKey = (edge: Pick<LaidOutEdge, 'from' | 'to'>) => `${edge.from}→${edge.to}`;

function pathData(points: readonly Point[]): string {
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x},${point.y}`).join(' ');
}

function classes(...names: (string | false)[]): string {
  return names.filter(Boolean).join(' ');
}

/** A plain click moves within the app, like InAppLink; other clicks open the link as usual. */
function follow(event: MouseEvent<Element>, href: string) {
  const plain =
    event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
  if (event.defaultPrevented || !plain) return;
  event.preventDefault();
  navigateTo(href);
}

/** The drawing itself: frames, answers (arrows) and steps (links), in the layout's coordinates. */
export function ChartSvg({ layout, hrefOf, hintId, highlight, transform }: ChartSvgProps) {
  const takenSteps = new Set(highlight.taken);
  const shortestSteps = new Set(highlight.shortest);
  const takenMoves = moves(highlight.taken);
  const shortestMoves = moves(highlight.shortest);
  const { t } = useTranslation('trainer');
  // The marked paths are told in words too, not by line style alone.
  const marks = (step: StepId) =>
    [
      takenSteps.has(step) && t('flowchart.onTaken'),
      shortestSteps.has(step) && t('flowchart.onShortest'),
    ].filter((mark) => mark !== false);
  return (
    <svg className="chart-svg" width="100%" height="100%">
      <defs>
        <marker
          id="chart-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className="chart-arrowhead" />
        </marker>
      </defs>
      <g transform={`translate(${transform.x} ${transform.y}) scale(${transform.scale})`}>
        <g aria-hidden="true">
          {layout.groups.map((group) => (
            <g key={group.id} className={`chart-frame chart-frame-${group.id}`}>
              <rect x={group.x} y={group.y} width={group.width} height={group.height} rx="8" />
              <text x={group.x + 8} y={group.y + 16}>
                {group.label}
              </text>
            </g>
          ))}
          {layout.edges.map((edge) => (
            <g
              key={edge.id}
              className={classes(
                'chart-edge',
                takenMoves.has(edgeKey(edge)) && 'on-taken',
                shortestMoves.has(edgeKey(edge)) && 'on-shortest',
              )}
              data-edge={edge.id}
            >
              <path d={pathData(edge.points)} markerEnd="url(#chart-arrow)" />
              {/* Dashed over the line when the shortest path uses this answer. */}
              <path className="chart-edge-shortest" d={pathData(edge.points)} />
              <rect
                className="chart-edge-label-bg"
                x={edge.label.x - edge.label.width / 2}
                y={edge.label.y - edge.label.height / 2}
                width={edge.label.width}
                height={edge.label.height}
                rx="3"
              />
              <text
                className="chart-edge-label"
                x={edge.label.x}
                y={edge.label.y - edge.label.height / 2 + 2}
                textAnchor="middle"
                style={{ fontSize: chartFont.edge }}
              >
                {edge.label.lines.map((line, index) => (
                  <tspan
                    key={index}
                    x={edge.label.x}
                    dy={index === 0 ? chartFont.edge : chartFont.edgeLineHeight}
                  >
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
        </g>
        {layout.nodes.map((node) => {
          const left = node.x - node.width / 2;
          const top = node.y - node.height / 2;
          const kind =
            node.id === 'start' ? 'start' : node.id.startsWith('outcome.') ? 'outcome' : 'check';
          const notes = [node.note, ...marks(node.id)].filter(Boolean);
          const name = notes.length > 0 ? `${node.title} (${notes.join('; ')})` : node.title;
          const href = hrefOf(node.id);
          return (
            <a
              key={node.id}
              href={href}
              className={classes(
                'chart-node',
                `chart-node-${kind}`,
                takenSteps.has(node.id) && 'on-taken',
                shortestSteps.has(node.id) && 'on-shortest',
              )}
              aria-label={name}
              aria-describedby={hintId}
              data-step={node.id}
              onClick={(event) => follow(event, href)}
            >
              <rect
                className="chart-node-ring"
                x={left - 5}
                y={top - 5}
                width={node.width + 10}
                height={node.height + 10}
                rx="9"
              />
              <rect x={left} y={top} width={node.width} height={node.height} rx="6" />
              <NodeText
                node={node}
                top={top}
                takenMoves={takenMoves}
                shortestMoves={shortestMoves}
              />
            </a>
          );
        })}
      </g>
    </svg>
  );
}

interface NodeTextProps {
  node: LaidOutNode;
  top: number;
  takenMoves: ReadonlySet<string>;
  shortestMoves: ReadonlySet<string>;
}

/** A box's words: its title, a note, and the answers that leave it for an outcome or the charged question. */
function NodeText({ node, top, takenMoves, shortestMoves }: NodeTextProps) {
  const left = node.x - node.width / 2 + nodePadding;
  const titleHeight =
    node.lines.length * chartFont.lineHeight + node.noteLines.length * chartFont.noteLineHeight;
  return (
    <>
      <text
        x={node.x}
        y={top + nodePadding}
        textAnchor="middle"
        aria-hidden="true"
        style={{ fontSize: chartFont.size }}
      >
        {node.lines.map((line, index) => (
          <tspan key={index} x={node.x} dy={index === 0 ? chartFont.size : chartFont.lineHeight}>
            {line}
          </tspan>
        ))}
        {node.noteLines.map((line, index) => (
          <tspan
            key={`note-${index}`}
            className="chart-node-note"
            x={node.x}
            dy={index === 0 ? chartFont.lineHeight : chartFont.noteLineHeight}
            style={{ fontSize: chartFont.note }}
          >
            {line}
          </tspan>
        ))}
      </text>
      {node.leads.length > 0 && (
        <text
          className="chart-leads"
          x={left}
          // Each lead line moves down a line; the first lands one lead-font ascent under the gap.
          y={top + nodePadding + titleHeight + leadGap + chartFont.lead - chartFont.leadLineHeight}
          aria-hidden="true"
          style={{ fontSize: chartFont.lead }}
        >
          {node.leads.map((lead) => (
            <tspan
              key={lead.id}
              className={classes(
                'chart-lead',
                takenMoves.has(edgeKey({ from: node.id, to: lead.to })) && 'on-taken',
                shortestMoves.has(edgeKey({ from: node.id, to: lead.to })) && 'on-shortest',
              )}
              data-edge={lead.id}
            >
              {lead.lines.map((line, index) => (
                <tspan
                  key={index}
                  x={index === 0 ? left : left + leadIndent}
                  dy={chartFont.leadLineHeight}
                >
                  {line}
                </tspan>
              ))}
            </tspan>
          ))}
        </text>
      )}
    </>
  );
}
