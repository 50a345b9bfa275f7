import '../styles/log.css';
import { useLanguage, useTranslation } from '../../i18n';
import { placeHref } from '../../places';
import { InAppLink } from '../../ui';
import { useTerminalDetails } from '../terminalDetails';

/** `tel:` wants digits and a leading +; the person typed it as they read it. */
const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;

/** The merchant's own provider hotline and terminal numbers, as saved in settings. */
export default function ProviderCard() {
  const { t } = useTranslation(['log', 'ui']);
  const lang = useLanguage();
  const details = useTerminalDetails();
  if (!details) return null;
  const { providerName, providerHotline, terminalSn, merchantNumber, terminalNumber } = details;
  const terminalLines = [
    [t('provider.sn'), terminalSn],
    [t('provider.merchantNumber'), merchantNumber],
    [t('provider.terminalNumber'), terminalNumber],
  ].filter(([, value]) => value);
  return (
    <section className="provider-card" aria-labelledby="provider-card-title">
      <h2 id="provider-card-title">{t('provider.title')}</h2>
      {providerHotline ? (
        <a className="button button-primary" href={telHref(providerHotline)}>
          {providerName
            ? t('provider.call', { name: providerName, number: providerHotline })
            : t('provider.callUnnamed', { number: providerHotline })}
        </a>
      ) : (
        <p>
          {t('provider.none')}{' '}
          <InAppLink
            href={placeHref({
              view: { name: 'settings' },
              step: 'start',
              lang,
              endedAt: null,
            })}
          >
            {t('provider.openSettings')}
          </InAppLink>
        </p>
      )}
      {terminalLines.length > 0 && (
        <dl className="terminal-details">
          {terminalLines.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
