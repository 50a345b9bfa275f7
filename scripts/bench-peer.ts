// The peer the bench measures beside our build when PEER_URL is set: Treenee, a server-rendered
// decision-tree runner (a page load per answer), running our E1 tree (see the README's "Test it"
// and the peers' README for how to start it). Its question link is its first question, its
// headings are h2, and a step is a tap on "Still E1".
import { ms, ratio } from './bench-browser.ts';

export interface Peer {
  /** With a trailing slash. */
  base: string;
  /** Its first question: the peer's equivalent of our question link. */
  questionPath: string;
  headingSelector: string;
  /** The answer that keeps going to the next question. */
  continueLabel: string;
}

/** PEER_URL (e.g. http://127.0.0.1:43117), or null when unset. */
export function peerFromEnv(): Peer | null {
  const url = process.env.PEER_URL?.trim();
  if (!url) return null;
  return {
    base: url.endsWith('/') ? url : `${url}/`,
    questionPath: 'tree/pos-terminal-e1/net-1',
    headingSelector: 'h2',
    continueLabel: 'Still E1',
  };
}

export function peerQuestionUrl(peer: Peer): string {
  return new URL(peer.questionPath, peer.base).href;
}

/** Whether the peer answers its first question; says so when it does not. */
export async function peerIsUp(peer: Peer): Promise<boolean> {
  try {
    const response = await fetch(peerQuestionUrl(peer));
    if (response.ok) return true;
    console.log(`  peer: ${peerQuestionUrl(peer)} answered ${response.status}; peer skipped`);
  } catch (error) {
    console.log(`  peer: ${peerQuestionUrl(peer)} unreachable (${String(error)}); peer skipped`);
  }
  return false;
}

/**
 * The peer's figure, indented under ours, with ours/peer (and the ratio's target, if any):
 * "  peer, its first question's heading: 792 ms; ours/peer 2.86".
 */
export function printPeerMs(
  what: string,
  ours: number | null,
  peer: number | null,
  ratioTarget?: number,
): void {
  const target = ratioTarget === undefined ? '' : ` (target ≤ ${ratioTarget.toFixed(2)})`;
  console.log(`  peer, ${what}: ${ms(peer)}; ours/peer ${ratio(ours, peer)}${target}`);
}
