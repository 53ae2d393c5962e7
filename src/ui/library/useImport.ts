// The import flow in the library: read a picked or dropped file, ask about persona clashes, write it.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../i18n';
import { describeImportError, type ImportError } from '../../io/file/importErrors';
import type { ImportedFile } from '../../io/file/importFile';
import type { ImportPlan, PersonaChoice } from '../../io/file/importPlan';
import type { Persona } from '../../model';
import { library } from '../../services/library';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'choose'; file: ImportedFile; conflicts: Persona[] }
  | { kind: 'done'; message: string; renamed: boolean }
  | { kind: 'failed'; message: string };

export interface Importer {
  state: ImportState;
  start: (file: File) => void;
  choose: (choice: PersonaChoice) => void;
  dismiss: () => void;
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function useImport(): Importer {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const fail = useCallback(
    (error: ImportError) =>
      setState({ kind: 'failed', message: describeImportError(error, t, i18n.language) }),
    [t, i18n.language],
  );

  const succeed = useCallback(
    (plan: ImportPlan) => {
      const count = (n: number, one: string, many: string) => (n === 1 ? one : many);
      const journeys = count(
        plan.journeys.length,
        t('io.oneJourney'),
        t('io.manyJourneys', { count: plan.journeys.length }),
      );
      const personas = count(
        plan.personas.length,
        t('io.onePersona'),
        t('io.manyPersonas', { count: plan.personas.length }),
      );
      const message =
        plan.personas.length > 0
          ? t('io.importedBoth', { journeys, personas })
          : t('io.importedJourneys', { journeys });
      setState({ kind: 'done', message, renamed: plan.renamedJourneys > 0 });
    },
    [t],
  );

  const commit = useCallback(
    async (file: ImportedFile, choice: PersonaChoice) => {
      setState({ kind: 'busy' });
      const result = await library.commitImport(file, choice);
      if (result.ok) succeed(result.plan);
      else fail(result.error);
    },
    [succeed, fail],
  );

  const start = useCallback(
    (file: File) => {
      setState({ kind: 'busy' });
      void (async () => {
        const prepared = await library.prepareImport(file);
        if (!prepared.ok) fail(prepared.error);
        else if (prepared.conflicts.length > 0) {
          setState({ kind: 'choose', file: prepared.file, conflicts: prepared.conflicts });
        } else await commit(prepared.file, 'keep');
      })();
    },
    [fail, commit],
  );

  const choose = useCallback(
    (choice: PersonaChoice) => {
      if (state.kind === 'choose') void commit(state.file, choice);
    },
    [state, commit],
  );

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);

  // A file dropped anywhere on the window is imported, unless an import is already under way.
  const busy = state.kind === 'busy' || state.kind === 'choose';
  useEffect(() => {
    function onDragOver(event: DragEvent) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = busy ? 'none' : 'copy';
    }
    function onDrop(event: DragEvent) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file && !busy) start(file);
    }
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [busy, start]);

  return { state, start, choose, dismiss };
}
