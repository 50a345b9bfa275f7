// Where everything goes: dagre lays the graph out (no coordinate is placed by hand). Labels are
// wrapped before layout, so each box is as tall as its words in the current language.
import { graphlib, layout } from '@dagrejs/dagre';
import type { StepId } from '../../wizard';
import type { ChartEdge, ChartGraph, ChartNode, DrawnEvent, GroupId } from './graph';

export interface Point {
  x: number;
  y: number;
}

export interface LaidOutNode extends ChartNode {
  /** Centre of the box. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The step's title in full, and wrapped to the box. */
  title: string;
  lines: string[];
  /** Smaller words under the title (how the stopped outcome is reached), in full and wrapped. */
  note: string | null;
  noteLines: string[];
}

export interface LaidOutGroup {
  id: GroupId;
  /** Top left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

export interface LaidOutEdge {
  id: string;
  from: StepId;
  to: StepId;
  event: DrawnEvent;
  points: Point[];
  label: Point & { text: string; width: number };
}

export interface ChartLayout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  groups: LaidOutGroup[];
  edges: LaidOutEdge[];
}

export interface ChartWords {
  node: (id: StepId) => string;
  note: (id: StepId) => string | null;
  group: (id: GroupId) => string;
  /** An arrow's words: the answer's label on the check it leaves. */
  edge: (edge: ChartEdge) => string;
}

export const chartFont = { size: 14, lineHeight: 18, note: 12, noteLineHeight: 15, edge: 12 };
export const nodePadding = 13;
const nodeWidth = 196;
/** Room above a frame's first box for the frame's name. */
const framePadding = { top: 24, side: 8, bottom: 8 };

/** Roughly how wide a character draws: CJK full width, Latin about 0.58 em (generous on purpose). */
function charWidth(char: string, fontSize: number): number {
  return /[\u2e80-\u9fff\uff00-\uffef]/u.test(char) ? fontSize : fontSize * 0.58;
}

export function textWidth(text: string, fontSize: number): number {
  return [...text].reduce((sum, char) => sum + charWidth(char, fontSize), 0);
}

// A word is a run of non-CJK text with its trailing space, or one CJK character with any
// closing punctuation after it (a line never starts with "，").
const wordPattern =
  /[\u2e80-\u9fff\uff00-\uffef][，。：；、）」！？]*|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/gu;

/** Breaks `text` into lines no wider than `maxWidth`: at spaces, or between CJK characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.match(wordPattern) ?? []) {
    const candidate = line + word;
    if (line.trim() !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

const frameKey = (id: GroupId) => `frame:${id}`;
/** The spine (carrying on from check to check) weighs more, so dagre keeps it straight. */
const isCarryOn = (edge: ChartEdge) => !edge.to.startsWith('outcome.');

/** Lays out `graph` with its words; the same graph and words give the same layout. */
export function layoutChart(graph: ChartGraph, words: ChartWords): ChartLayout {
  const g = new graphlib.Graph({ compound: true, multigraph: true });
  g.setGraph({
    rankdir: 'TB',
    align: 'UL',
    nodesep: 28,
    edgesep: 6,
    ranksep: 36,
    marginx: 16,
    marginy: 16,
  });

  // Frames keep a stage's (and the outcomes') boxes together; they are drawn around the boxes.
  for (const group of graph.groups) g.setNode(frameKey(group.id), { width: 0, height: 0 });

  const inner = nodeWidth - 2 * nodePadding;
  const text = new Map<
    StepId,
    { title: string; lines: string[]; note: string | null; noteLines: string[] }
  >();
  for (const node of graph.nodes) {
    const title = words.node(node.id);
    const lines = wrapText(title, inner, chartFont.size);
    const note = words.note(node.id);
    const noteLines = note ? wrapText(note, inner, chartFont.note) : [];
    text.set(node.id, { title, lines, note, noteLines });
    g.setNode(node.id, {
      width: nodeWidth,
      height:
        lines.length * chartFont.lineHeight +
        noteLines.length * chartFont.noteLineHeight +
        2 * nodePadding,
    });
    if (node.group) g.setParent(node.id, frameKey(node.group));
  }

  for (const edge of graph.edges) {
    const label = words.edge(edge);
    g.setEdge(
      edge.from,
      edge.to,
      {
        width: textWidth(label, chartFont.edge) + 8,
        height: chartFont.edge + 6,
        labelpos: 'c',
        weight: isCarryOn(edge) ? 4 : 1,
      },
      edge.id,
    );
  }

  layout(g);

  const nodes: LaidOutNode[] = graph.nodes.map((node) => {
    const box = g.node(node.id);
    const wrapped = text.get(node.id);
    return {
      ...node,
      x: box.x ?? 0,
      y: box.y ?? 0,
      width: box.width,
      height: box.height,
      title: wrapped?.title ?? node.id,
      lines: wrapped?.lines ?? [],
      note: wrapped?.note ?? null,
      noteLines: wrapped?.noteLines ?? [],
    };
  });

  const groups: LaidOutGroup[] = graph.groups.map((group) => {
    const members = nodes.filter((node) => node.group === group.id);
    const left = Math.min(...members.map((node) => node.x - node.width / 2)) - framePadding.side;
    const right = Math.max(...members.map((node) => node.x + node.width / 2)) + framePadding.side;
    const top = Math.min(...members.map((node) => node.y - node.height / 2)) - framePadding.top;
    const bottom =
      Math.max(...members.map((node) => node.y + node.height / 2)) + framePadding.bottom;
    return {
      id: group.id,
      x: left,
      y: top,
      width: right - left,
      height: bottom - top,
      label: words.group(group.id),
    };
  });

  const edges: LaidOutEdge[] = graph.edges.map((edge) => {
    const drawn = g.edge({ v: edge.from, w: edge.to, name: edge.id });
    const label = words.edge(edge);
    return {
      ...edge,
      points: drawn.points ?? [],
      label: { x: drawn.x ?? 0, y: drawn.y ?? 0, text: label, width: drawn.width ?? 0 },
    };
  });

  const size = g.graph();
  return { width: size.width ?? 0, height: size.height ?? 0, nodes, groups, edges };
}
