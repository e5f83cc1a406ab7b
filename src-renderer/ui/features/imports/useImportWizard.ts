import { useRef, useState } from 'react';
import type { FieldError } from '../../../domain/common/errors';
import type { ImportField } from '../../../domain/imports/fields';
import type { ImportMode } from '../../../domain/imports/job';
import type { ImportMapping } from '../../../domain/imports/mapping';
import type { StoreResult } from '../../../store/api';
import { useStore } from '../../data/hooks';
import { StoreError } from '../../data/store-client';

export type Analysis = StoreResult<'imports.analyze'>;
export type CheckResult = StoreResult<'imports.check'>;

/** 0 选择文件 · 1 对应列 · 2 检查 · 3 导入 */
export type WizardStep = 0 | 1 | 2 | 3;

const asStoreError = (error: unknown) =>
  error instanceof StoreError ? error : new StoreError({ code: 'store.internal', params: { detail: error instanceof Error ? error.message : String(error) } });

/**
 * The wizard's state: the file as the store host read it, the mapping the user adjusts, the check
 * and the running job. Each step's failure is kept apart and shown in place; the mapping and the
 * chosen mode survive going back and forth.
 */
export function useImportWizard() {
  const store = useStore();
  const [step, setStep] = useState<WizardStep>(0);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [mappingErrors, setMappingErrors] = useState<FieldError[]>([]);
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [mode, setMode] = useState<ImportMode>('valid');
  const [jobId, setJobId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StoreError | null>(null);
  // The file's bytes, to read another sheet of the same workbook without asking for the file again.
  const file = useRef<{ name: string; data: Uint8Array<ArrayBuffer> } | null>(null);

  async function attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setFailure(null);
    try {
      return await work();
    } catch (error) {
      setFailure(asStoreError(error));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function analyse(name: string, data: Uint8Array<ArrayBuffer>, sheet?: number): Promise<void> {
    const result = await attempt(() => store.send('imports.analyze', { fileName: name, data, ...(sheet === undefined ? {} : { sheet }) }));
    if (!result) return;
    file.current = { name, data };
    setAnalysis(result);
    setMapping(result.mapping);
    setMappingErrors([]);
    setCheck(null);
  }

  function setField(field: ImportField, column: number | null) {
    setMapping((current) => (current ? { ...current, [field]: column } : current));
    setMappingErrors((errors) => errors.filter((e) => e.field !== `mapping.${field}`));
    setCheck(null);
  }

  async function runCheck(): Promise<void> {
    if (!analysis || !mapping) return;
    setMappingErrors([]);
    setBusy(true);
    setFailure(null);
    try {
      const result = await store.send('imports.check', { fileId: analysis.fileId, mapping });
      setCheck(result);
      if (result.invalid > 0) setMode('valid');
      setStep(2);
    } catch (error) {
      const storeError = asStoreError(error);
      // Mapping problems belong on their selects, in the mapping step.
      if (storeError.data.code === 'validation.failed' && storeError.data.fields?.some((f) => f.field.startsWith('mapping.'))) {
        setMappingErrors(storeError.data.fields);
        setStep(1);
      } else setFailure(storeError);
    } finally {
      setBusy(false);
    }
  }

  async function start(): Promise<void> {
    if (!analysis || !mapping) return;
    const result = await attempt(() => store.send('imports.start', { fileId: analysis.fileId, mapping, mode }));
    if (!result) return;
    setJobId(result.jobId);
    setStep(3);
  }

  async function resume(): Promise<void> {
    const interrupted = analysis?.interrupted;
    if (!analysis || !interrupted) return;
    const result = await attempt(() => store.send('imports.resume', { jobId: interrupted.jobId, fileId: analysis.fileId }));
    if (!result) return;
    setJobId(result.id);
    setStep(3);
  }

  function reset() {
    file.current = null;
    setAnalysis(null);
    setMapping(null);
    setMappingErrors([]);
    setCheck(null);
    setMode('valid');
    setJobId(null);
    setFailure(null);
    setStep(0);
  }

  function goTo(next: WizardStep) {
    setFailure(null);
    setStep(next);
  }

  return {
    step,
    analysis,
    mapping,
    mappingErrors,
    check,
    mode,
    jobId,
    busy,
    failure,
    setMode,
    setField,
    analyse,
    selectSheet: (sheet: number) => (file.current ? analyse(file.current.name, file.current.data, sheet) : Promise.resolve()),
    runCheck,
    start,
    resume,
    reset,
    goTo,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
