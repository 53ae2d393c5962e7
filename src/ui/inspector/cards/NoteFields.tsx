// Inspector fields of a note card: its free text.
import { useTranslation } from 'react-i18next';
import type { NoteCard } from '../../../model';
import { actions } from '../../../store';
import { TextAreaField } from '../fields';

export function NoteFields({ card }: { card: NoteCard }) {
  const { t } = useTranslation();
  return (
    <TextAreaField
      label={t('inspector.note.text')}
      value={card.text}
      rows={6}
      onChange={(text) => actions.updateCard(card.id, { text })}
    />
  );
}
