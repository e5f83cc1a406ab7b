import { useCallback, useRef, useState } from 'react';
import type { FieldError } from '../../../domain/common/errors';
import type { ImportField } from '../../../domain/imports/fields';
import type { ImportMode } from '../../../domain/imports/job';
import type { ImportMapping } from '../../../domain/imports/mapping';
import type { StoreResult } from '../../../store/api';
import { useStore } from '../../data/hooks';
import { StoreError } from '../../data/store-client';
import { isValueError, mergeChoices, valueMapOf, valueOriginsOf, type ValueChoices, type ValuesResult } from './valueChoices';

export type Analysis = StoreResult<'imports.analyze'>;
export type CheckResult = StoreResult<'imports.check'>;

/** 0 选择文件 · 1 对应列 · 2 对应取值 · 3 检查 · 4 导入 */
export type WizardStep = 0 | 1 | 2 | 3 | 4;

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
  // 对应取值: the file's unknown values (from the store host) and what the user takes each to mean.
  const [values, setValues] = useState<ValuesResult | null>(null);
  const [valueChoices, setValueChoices] = useState<ValueChoices>({});
  const [valueErrors, setValueErrors] = useState<FieldError[]>([]);
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
    setValues(null);
    setValueChoices({});
    setValueErrors([]);
    setCheck(null);
  }

  function setField(field: ImportField, column: number | null) {
    setMapping((current) => (current ? { ...current, [field]: column } : current));
    setMappingErrors((errors) => errors.filter((e) => e.field !== `mapping.${field}`));
    setValues(null);
    setCheck(null);
  }

  // Stable, so a choice re-renders only its own row of the 对应取值 tables.
  const setValue = useCallback((field: string, key: string, target: string | null) => {
    setValueChoices((current) => ({ ...current, [field]: { ...current[field], [key]: { target, origin: 'user' } } }));
    // Only that value's problems go: the others still stand.
    setValueErrors((errors) => errors.filter((e) => !isValueError(e, field, key)));
    setCheck(null);
  }, []);

  /** Runs a step's store call; problems of the mapping or the value map go back to their step, on their fields. */
  async function stepCall(work: () => Promise<void>): Promise<void> {
    setMappingErrors([]);
    setValueErrors([]);
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      const storeError = asStoreError(error);
      const fields = storeError.data.code === 'validation.failed' ? (storeError.data.fields ?? []) : [];
      if (fields.some((f) => f.field.startsWith('mapping.'))) {
        setMappingErrors(fields);
        setStep(1);
      } else if (fields.some((f) => f.field === 'values' || f.field.startsWith('values.'))) {
        setValueErrors(fields);
        // A target refused (a department removed in another window): the list is made again, with the departments as they are now.
        if (fields.some((f) => f.code === 'imports.valueTarget')) await refreshValues();
        setStep(2);
      } else setFailure(storeError);
    } finally {
      setBusy(false);
    }
  }

  /** The values the desk does not read, listed again by the store host; the user's choices stay. */
  async function listValues(): Promise<void> {
    if (!analysis || !mapping) return;
    const result = await store.send('imports.values', { fileId: analysis.fileId, mapping });
    setValues(result);
    setValueChoices((previous) => mergeChoices(previous, result));
  }

  /** `listValues` after a refusal: when it fails too, the refusal shown is the first one. */
  async function refreshValues(): Promise<void> {
    try {
      await listValues();
    } catch {
      // The values step still shows the refusal on its select.
    }
  }

  /** 对应列 → 对应取值: the store host lists the values the desk does not read, with its guesses. */
  const toValues = () =>
    stepCall(async () => {
      if (!analysis || !mapping) return;
      await listValues();
      setStep(2);
    });

  /** The check of every row with the mapping and the value map; 有错误则全部不导入 is not offered while a row fails. */
  async function checkRows(): Promise<void> {
    if (!analysis || !mapping) return;
    const result = await store.send('imports.check', { fileId: analysis.fileId, mapping, values: valueMapOf(valueChoices, values) });
    setCheck(result);
    if (result.invalid > 0) setMode('valid');
  }

  const runCheck = () =>
    stepCall(async () => {
      if (!analysis || !mapping) return;
      await checkRows();
      setStep(3);
    });

  /** 开始导入: a refusal of the mapping or the value map goes back to its step, as the check's does. */
  const start = () =>
    stepCall(async () => {
      if (!analysis || !mapping) return;
      try {
        const result = await store.send('imports.start', { fileId: analysis.fileId, mapping, values: valueMapOf(valueChoices, values), origins: valueOriginsOf(valueChoices, values), mode });
        setJobId(result.jobId);
        setStep(4);
      } catch (error) {
        // 有错误则全部不导入 checks the file again at the start: rows that fail since the check shown
        // (a case written in another window) are listed, with the report, beside the refusal.
        if (asStoreError(error).data.code === 'imports.hasErrors') await checkRows().catch(() => undefined);
        throw error;
      }
    });

  async function resume(): Promise<void> {
    const interrupted = analysis?.interrupted;
    if (!analysis || !interrupted) return;
    const result = await attempt(() => store.send('imports.resume', { jobId: interrupted.jobId, fileId: analysis.fileId }));
    if (!result) return;
    setJobId(result.id);
    setStep(4);
  }

  function reset() {
    file.current = null;
    setAnalysis(null);
    setMapping(null);
    setMappingErrors([]);
    setValues(null);
    setValueChoices({});
    setValueErrors([]);
    setCheck(null);
    setMode('valid');
    setJobId(null);
    setFailure(null);
    setStep(0);
  }

  /** An import already running (started earlier, from this page left since): its progress, with 取消. */
  function follow(running: string) {
    reset();
    setJobId(running);
    setStep(4);
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
    values,
    valueChoices,
    valueErrors,
    check,
    mode,
    jobId,
    busy,
    failure,
    setMode,
    setField,
    setValue,
    analyse,
    selectSheet: (sheet: number) => (file.current ? analyse(file.current.name, file.current.data, sheet) : Promise.resolve()),
    toValues,
    runCheck,
    start,
    resume,
    reset,
    follow,
    goTo,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
