// What App.tsx's Shell draws, as the pages built in Node draw it (src/app/prerender/pages.tsx): the
// connection line, the link's problems and the screen, in the same places, so nothing moves when
// the app replaces it. What only the device knows (the open incident, the connection, a failed
// save) is left out: the app pins those to the foot of the screen or keeps a line for them.
import { useTranslation } from '../../i18n';
import type { AppView, LinkProblem } from '../../places';
import { ConnectionLine } from '../../pwa';
import { Banner } from '../../ui';
import { ViewScreen } from '../ViewScreen';

/** In the order parseLocation finds them, which LinkProblems keeps. */
const problemOrder: readonly LinkProblem[] = ['unknownView', 'unknownStep', 'unknownLanguage'];

/**
 * LinkProblems' alert with every problem this page may meet; the opening script shows the banner
 * and the problems the link has (html[data-problems], src/app/styles/), none by default.
 */
function PossibleLinkProblems({ problems }: { problems: readonly LinkProblem[] }) {
  const { t } = useTranslation();
  return (
    <div data-link-problems="">
      <Banner tone="alert" onDismiss={() => undefined} dismissLabel={t('alerts.dismiss')}>
        {problemOrder
          .filter((problem) => problems.includes(problem))
          .map((problem) => (
            <span key={problem} data-problem={problem}>
              {t(`alerts.${problem}`)}{' '}
            </span>
          ))}
      </Banner>
    </div>
  );
}

interface PrerenderedShellProps {
  view: AppView;
  /** The problems a link to this page may have, said only when it has them. */
  possibleProblems: readonly LinkProblem[];
}

export function PrerenderedShell({ view, possibleProblems }: PrerenderedShellProps) {
  return (
    <>
      <ConnectionLine online offlineReady={false} />
      <div className="notices">
        {possibleProblems.length > 0 && <PossibleLinkProblems problems={possibleProblems} />}
      </div>
      <ViewScreen view={view} onBack={() => undefined} />
    </>
  );
}
