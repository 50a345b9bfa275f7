import type { ReactNode } from 'react';
import '../codes.css';
import { linkedCode } from '../data';
import { CodeEntry } from './CodeEntry';
import { CodeLookup } from './CodeLookup';
import { E1Entry } from './E1Entry';

export interface CodesScreenProps {
  /** The code a link or the list opened, as the link wrote it; null: the list. */
  code: string | null;
  topBar: ReactNode;
  /** The address of a code's page, or of the list for null. */
  hrefOf: (code: string | null) => string;
  /** Shows the checks wherever the walk now is (the page has already moved the wizard). */
  showChecks: () => void;
}

/** The response-code lookup: the list and search, one code's page, or E1's own. */
export default function CodesScreen({ code, ...page }: CodesScreenProps) {
  const linked = code === null ? null : linkedCode(code);
  if (linked?.kind === 'e1') return <E1Entry {...page} />;
  if (linked?.kind === 'code')
    return <CodeEntry key={linked.entry.code} entry={linked.entry} {...page} />;
  // A link to a code the app does not know says so, and shows the list and the way into the checks.
  return <CodeLookup unknownLink={linked?.kind === 'unknown'} {...page} />;
}

/** What this page shows loads with its code: src/codes/index.ts waits for both. */
export { loadAllCodeWords as loadWords } from '../words';
