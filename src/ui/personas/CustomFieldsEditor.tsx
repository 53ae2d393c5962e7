// Custom fields on a persona sheet: free label/value pairs to add, rename, reorder and remove.
import { useTranslation } from '../../i18n';
import {
  addCustomField,
  editCustomField,
  moveCustomField,
  removeCustomField,
  type Persona,
} from '../../model';
import { library } from '../../services/library';

export function CustomFieldsEditor({ persona }: { persona: Persona }) {
  const { t } = useTranslation();
  const change = (edit: (p: Persona) => Persona) => library.changePersona(persona.id, edit);
  const fields = persona.customFields;

  return (
    <section className="persona-sheet-form" aria-label={t('persona.customFields')}>
      <h2 className="persona-editor__section-title">{t('persona.customFields')}</h2>
      {fields.length === 0 && (
        <p className="persona-editor__hint">{t('persona.customFieldsEmpty')}</p>
      )}
      <ol className="custom-fields">
        {fields.map((field, index) => (
          <li key={field.id} className="custom-field">
            <input
              aria-label={t('persona.customLabel', { index: index + 1 })}
              placeholder={t('persona.customLabelPlaceholder')}
              value={field.label}
              onChange={(e) =>
                change((p) => editCustomField(p, field.id, { label: e.target.value }))
              }
            />
            <input
              aria-label={t('persona.customValue', { label: field.label || index + 1 })}
              placeholder={t('persona.customValuePlaceholder')}
              value={field.value}
              onChange={(e) =>
                change((p) => editCustomField(p, field.id, { value: e.target.value }))
              }
            />
            <button
              type="button"
              aria-label={t('persona.moveFieldUp', { label: field.label || index + 1 })}
              disabled={index === 0}
              onClick={() => change((p) => moveCustomField(p, field.id, index - 1))}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={t('persona.moveFieldDown', { label: field.label || index + 1 })}
              disabled={index === fields.length - 1}
              onClick={() => change((p) => moveCustomField(p, field.id, index + 1))}
            >
              ↓
            </button>
            <button
              type="button"
              className="danger"
              aria-label={t('persona.removeField', { label: field.label || index + 1 })}
              onClick={() => change((p) => removeCustomField(p, field.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => change((p) => addCustomField(p))}>
        {t('persona.addCustomField')}
      </button>
    </section>
  );
}
