import '../codes.css';
import { useId } from 'react';
import { useTranslation, type CodeWords } from '../../i18n';
import { responseCodes, type ResponseCode } from '../data';
import { useCodeWords } from '../words';

interface Row {
  codes: ResponseCode['code'][];
  kind: ResponseCode['kind'];
  title: string;
  whatToDo: string;
}

/** Codes with the same words in this language share a row ("12, 22, 25"), at the first one's place. */
function rowsOf(words: CodeWords): Row[] {
  const rows: Row[] = [];
  for (const { code, kind } of responseCodes) {
    const { title, todo } = words.codes[code];
    const whatToDo = todo.join(' ');
    const same = rows.find(
      (row) => row.title === title && row.kind === kind && row.whatToDo === whatToDo,
    );
    if (same) same.codes.push(code);
    else rows.push({ codes: [code], kind, title, whatToDo });
  }
  return rows;
}

/** Every code on one printable table, in the language on screen: for the quick reference. */
export default function CodeTable() {
  const { t } = useTranslation('codes');
  const words = useCodeWords();
  const id = useId();
  return (
    <section className="code-table-block" aria-labelledby={id}>
      <h2 id={id}>{t('table.caption')}</h2>
      <table className="code-table" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">{t('table.code')}</th>
            <th scope="col">{t('table.meaning')}</th>
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.whatNow')}</th>
          </tr>
        </thead>
        <tbody>
          {rowsOf(words).map((row) => (
            <tr key={row.codes.join()}>
              <th scope="row">{row.codes.join(', ')}</th>
              <td>{row.title}</td>
              <td>{t(`kinds.${row.kind}`)}</td>
              <td>{row.whatToDo}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** What this page shows loads with its code: src/codes/index.ts waits for both. */
export { loadAllCodeWords as loadWords } from '../words';
