// What a CSV import would do, before it does it: the counts, the new stages and lanes, the first
// cards to add, and every row left out with its row number and reason.
import { useTranslation } from '../../i18n';
import { catalogue } from '../../i18n';
import { badgeLabel } from '../../i18n/cardFace';
import type { Messages } from '../../i18n/en';
import { cardKindOf, cardTitle, type Card } from '../../model';
import type { CardContent } from '../../io/csv/csvCard';
import type { CsvImportPlan } from '../../io/csv/csvImport';
import { describeCsvRowProblem } from '../../io/csv/csvImportErrors';
import { useLibraryStore } from '../../store/libraryStore';

/** Enough rows to check the columns were understood, few enough to stay quick with big files. */
const PREVIEW_ROWS = 50;
const REPORT_ROWS = 200;

/** A card as the preview lists it: its main text, then its badges as read from the row. */
function previewText(content: CardContent, text: Messages): string {
  const card = content as Card;
  const face = cardKindOf(card).face(card);
  const badges = [...face.header, ...face.footer].map((badge) => badgeLabel(badge, text));
  return [cardTitle(card), badges.join(' · ')].filter(Boolean).join(' — ');
}

export function CsvImportPreview({ plan }: { plan: CsvImportPlan }) {
  const { t, i18n } = useTranslation();
  const text = catalogue(i18n.language);
  const personas = useLibraryStore((s) => s.personas);
  const personaNames = new Map(personas.map((persona) => [persona.id, persona.name]));
  const shown = plan.cards.slice(0, PREVIEW_ROWS);
  const reported = plan.rejections.slice(0, REPORT_ROWS);
  const isNew = (ref: { created: number } | { existing: string }) => 'created' in ref;

  return (
    <>
      <ul className="csv-import__summary" aria-label={t('csvImport.summary')}>
        <li>{t('csvImport.cardsToAdd', { count: plan.cards.length })}</li>
        <li>{t('csvImport.rowsRejected', { count: plan.rejections.length })}</li>
        {plan.newStages.length > 0 && (
          <li>{t('csvImport.newStages', { names: plan.newStages.join(', ') })}</li>
        )}
        {plan.newLanes.length > 0 && (
          <li>
            {t('csvImport.newLanes', {
              names: plan.newLanes
                .map((lane) => `${lane.name} (${t(`laneKinds.${lane.kind}`)})`)
                .join(', '),
            })}
          </li>
        )}
        {plan.linkPersonaIds.length > 0 && (
          <li>
            {t('csvImport.linkPersonas', {
              names: plan.linkPersonaIds.map((id) => personaNames.get(id) ?? id).join(', '),
            })}
          </li>
        )}
        {plan.ignoredColumns.length > 0 && (
          <li>{t('csvImport.ignoredColumns', { names: plan.ignoredColumns.join(', ') })}</li>
        )}
      </ul>
      {plan.cards.length === 0 && <p role="alert">{t('csvImport.nothingToAdd')}</p>}
      {shown.length > 0 && (
        <div className="csv-import__scroll">
          <table className="csv-import__table">
            <caption>{t('csvImport.preview')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('csvImport.row')}</th>
                <th scope="col">{t('csvImport.stage')}</th>
                <th scope="col">{t('csvImport.lane')}</th>
                <th scope="col">{t('csvImport.kind')}</th>
                <th scope="col">{t('csvImport.text')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((card) => (
                <tr key={card.row}>
                  <td>{card.row}</td>
                  <td>
                    {card.stageName}
                    {isNew(card.stage) && (
                      <span className="csv-import__new"> ({t('csvImport.isNew')})</span>
                    )}
                  </td>
                  <td>
                    {card.laneName}
                    {isNew(card.lane) && (
                      <span className="csv-import__new"> ({t('csvImport.isNew')})</span>
                    )}
                  </td>
                  <td>{t(`cardKinds.${card.content.kind}`)}</td>
                  <td className="csv-import__text">{previewText(card.content, text)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {plan.cards.length > shown.length && (
        <p className="csv-import__more">
          {t('csvImport.previewMore', { shown: shown.length, count: plan.cards.length })}
        </p>
      )}
      {reported.length > 0 && (
        <div className="csv-import__scroll csv-import__scroll--report">
          <table className="csv-import__table csv-import__report">
            <caption>{t('csvImport.rejected')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('csvImport.row')}</th>
                <th scope="col">{t('csvImport.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {reported.map(({ row, problem }) => (
                <tr key={row}>
                  <td>{row}</td>
                  <td>{describeCsvRowProblem(problem, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {plan.rejections.length > reported.length && (
        <p className="csv-import__more">
          {t('csvImport.rejectedMore', { count: plan.rejections.length - reported.length })}
        </p>
      )}
    </>
  );
}
