import { useId } from 'react';
import { formatRupiah } from '../../../../src/shared/format.ts';
import type { Program, Segment } from '../../api/registry.types.ts';
import { Field } from '../../components/Field.tsx';
import { useT } from '../../i18n.ts';
import { PAYER_LABEL, PROGRAM_LABEL, SEGMENT_LABEL } from '../../lib/registryLabels.ts';
import { parseWhole } from '../calculator/formValues.ts';
import { ProjectHint } from '../project/ProjectHint.tsx';
import { EmployerHint } from './EmployerHint.tsx';
import {
  HAS_CONTRACT_END,
  type MembershipDraft,
  needsPayerRef,
  PAYERS_OF,
  PROGRAMS_OF,
  REQUIRED_PROGRAMS,
  withSegment,
} from './membershipDraft.ts';

/**
 * The membership part of the enrol and add forms: segment, employer (PU), payer, programs (JKK and
 * JKM always), declared income (BPU, typed as people write rupiah), placement country (PMI), start.
 * Test ids are `${testPrefix}-<field>`.
 */
export function MembershipFields({
  draft,
  onChange,
  segments,
  testPrefix,
}: {
  draft: MembershipDraft;
  onChange: (draft: MembershipDraft) => void;
  segments: readonly Segment[];
  testPrefix: string;
}) {
  const { t, lang } = useT();
  const id = useId();
  const set = (change: Partial<MembershipDraft>) => onChange({ ...draft, ...change });
  const income = parseWhole(draft.income);
  const toggleProgram = (program: Program, on: boolean) =>
    set({ programs: on ? [...draft.programs, program] : draft.programs.filter((p) => p !== program) });
  const text = (
    field: 'payerRef' | 'occupation' | 'placementCountry' | 'employerId' | 'projectId',
    label: string,
  ) => (
    <Field id={`${id}-${field}`} label={label}>
      <input
        id={`${id}-${field}`}
        className="input"
        type="text"
        autoComplete="off"
        inputMode={field === 'employerId' ? 'numeric' : undefined}
        value={draft[field]}
        onChange={(event) => set({ [field]: event.target.value })}
        data-testid={`${testPrefix}-${field}`}
      />
    </Field>
  );

  return (
    <div className="form-grid">
      <Field id={`${id}-segment`} label={t('regSegment')}>
        <select
          id={`${id}-segment`}
          value={draft.segment}
          disabled={segments.length < 2}
          onChange={(event) => onChange(withSegment(draft, event.target.value as Segment))}
          data-testid={`${testPrefix}-segment`}
        >
          {segments.map((segment) => (
            <option key={segment} value={segment}>
              {t(SEGMENT_LABEL[segment])}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-payer`} label={t('regPayer')}>
        <select
          id={`${id}-payer`}
          value={draft.payerKind}
          disabled={PAYERS_OF[draft.segment].length < 2}
          onChange={(event) => set({ payerKind: event.target.value as MembershipDraft['payerKind'] })}
          data-testid={`${testPrefix}-payer`}
        >
          {PAYERS_OF[draft.segment].map((payer) => (
            <option key={payer} value={payer}>
              {t(PAYER_LABEL[payer])}
            </option>
          ))}
        </select>
      </Field>
      {draft.segment === 'PU' && (
        <div className="field">
          {text('employerId', t('regEmployerId'))}
          <EmployerHint text={draft.employerId} onPick={(picked) => set({ employerId: String(picked) })} />
        </div>
      )}
      {draft.segment === 'JAKON' && (
        <div className="field">
          {text('projectId', t('projProjectId'))}
          <ProjectHint text={draft.projectId} onPick={(picked) => set({ projectId: String(picked) })} />
        </div>
      )}
      {needsPayerRef(draft.payerKind) && text('payerRef', t('regPayerRef'))}
      <fieldset className="field field-wide program-choices">
        <legend className="field-label">{t('regPrograms')}</legend>
        <div className="program-list">
          {PROGRAMS_OF[draft.segment].map((program) => {
            const required = REQUIRED_PROGRAMS.includes(program);
            return (
              <label key={program} className="scope-option" title={t(PROGRAM_LABEL[program])}>
                <input
                  type="checkbox"
                  checked={required || draft.programs.includes(program)}
                  disabled={required}
                  onChange={(event) => toggleProgram(program, event.target.checked)}
                  data-testid={`${testPrefix}-program-${program}`}
                />
                <span>
                  <strong>{program}</strong> {t(PROGRAM_LABEL[program])}
                  {required && <span className="muted"> · {t('regProgramRequired')}</span>}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      {draft.segment === 'BPU' && (
        <Field
          id={`${id}-income`}
          label={t('regIncome')}
          help={income !== null && income > 0 ? formatRupiah(income, lang) : t('regIncomeHelp')}
        >
          <input
            id={`${id}-income`}
            className="input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder="1.500.000"
            value={draft.income}
            onChange={(event) => set({ income: event.target.value })}
            data-testid={`${testPrefix}-income`}
          />
        </Field>
      )}
      {draft.segment === 'PMI' && text('placementCountry', t('regPlacementCountry'))}
      {text('occupation', t('regOccupation'))}
      <Field id={`${id}-from`} label={t('regValidFrom')}>
        <input
          id={`${id}-from`}
          className="input"
          type="date"
          value={draft.validFrom}
          onChange={(event) => set({ validFrom: event.target.value })}
          data-testid={`${testPrefix}-validFrom`}
        />
      </Field>
      {HAS_CONTRACT_END.includes(draft.segment) && (
        <Field id={`${id}-to`} label={t('projContractEnd')}>
          <input
            id={`${id}-to`}
            className="input"
            type="date"
            value={draft.validTo}
            onChange={(event) => set({ validTo: event.target.value })}
            data-testid={`${testPrefix}-validTo`}
          />
        </Field>
      )}
    </div>
  );
}
