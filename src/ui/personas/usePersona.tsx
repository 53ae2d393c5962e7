// The persona a page shows, from the library store; and what to show while it loads or is gone.
import { useEffect } from 'react';
import { useTranslation } from '../../i18n';
import { routeHref } from '../../services/router';
import type { Persona } from '../../model';
import { useLibraryStore } from '../../store/libraryStore';
import { library } from '../../services/library';

/** Reads storage only when the library is not loaded yet: a loaded store may hold unsaved edits. */
export function useLibraryPersona(personaId: string): {
  persona: Persona | undefined;
  loaded: boolean;
} {
  const persona = useLibraryStore((s) => s.personas.find((p) => p.id === personaId));
  const loaded = useLibraryStore((s) => s.loaded);
  useEffect(() => {
    if (!useLibraryStore.getState().loaded) void library.refresh();
  }, []);
  return { persona, loaded };
}

export function PersonaMissing({ loaded }: { loaded: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="editor-message" role={loaded ? 'alert' : 'status'}>
      <p>{loaded ? t('persona.missing') : t('session.loading')}</p>
      <a href={routeHref({ name: 'library', tab: 'personas' })}>{t('library.personasTab')}</a>
    </div>
  );
}
