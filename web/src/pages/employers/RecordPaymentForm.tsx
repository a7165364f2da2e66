import { type FormEvent, useId, useRef, useState } from 'react';
import { formatRupiah } from '../../../../src/shared/format.ts';
import { ApiProblems } from '../../components/ApiProblems.tsx';
import { Field } from '../../components/Field.tsx';
import { LocalProblems } from '../../components/LocalProblems.tsx';
import { type MessageKey, useT } from '../../i18n.ts';
import { currentDate, parseWhole } from '../calculator/formValues.ts';
import { CHANNELS, newIdempotencyKey, usePostPayment } from '../participant/ledger/ledgerApi.ts';

interface Posted {
  amount: number;
  allocated: number;
  unallocated: number;
  replayed: boolean;
}

/**
 * "Catat pembayaran" for one payer (POST /payments). The idempotency key is made when the form opens and
 * kept until a payment is posted, so a double click, or sending again after a lost answer, books the
 * money once; only a posted payment makes a new key for the next one.
 */
export function RecordPaymentForm({ payerKey }: { payerKey: string }) {
  const { t, lang } = useT();
  const id = useId();
  const post = usePostPayment();
  const [key, setKey] = useState(newIdempotencyKey);
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(() => currentDate());
  const [channel, setChannel] = useState('bank_transfer');
  const [reference, setReference] = useState('');
  const [problems, setProblems] = useState<MessageKey[]>([]);
  const [posted, setPosted] = useState<Posted | null>(null);
  const sending = useRef(false);
  const value = parseWhole(amount);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (sending.current) return;
    const found: MessageKey[] = [];
    if (value === null || value < 1) found.push('payFormAmountInvalid');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(paidOn)) found.push('payFormDateInvalid');
    setProblems(found);
    setPosted(null);
    if (found.length > 0 || value === null) return;
    sending.current = true;
    post.mutate(
      { idempotencyKey: key, payerKey, amount: value, paidOn, channel, reference: reference.trim() || null },
      {
        onSuccess: (answer) => {
          setPosted({
            amount: Number(answer.amount ?? value),
            allocated: Number(answer.allocated ?? 0),
            unallocated: Number(answer.unallocated ?? 0),
            replayed: answer.replayed === true,
          });
          setKey(newIdempotencyKey());
          setAmount('');
          setReference('');
        },
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel-title">
        {t('payFormTitle')}
      </h2>
      <p className="muted small">{t('payFormHelp')}</p>
      <form className="user-form" onSubmit={submit} noValidate data-testid="payment-form">
        <div className="form-grid">
          <Field
            id={`${id}-amount`}
            label={t('payAmount')}
            help={value !== null && value > 0 ? formatRupiah(value, lang) : undefined}
          >
            <input
              id={`${id}-amount`}
              className="input"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              placeholder="5.000.000"
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              data-testid="payment-amount"
            />
          </Field>
          <Field id={`${id}-paidOn`} label={t('payPaidOn')}>
            <input
              id={`${id}-paidOn`}
              className="input"
              type="date"
              value={paidOn}
              onChange={(event) => setPaidOn(event.target.value)}
              data-testid="payment-paidOn"
            />
          </Field>
          <Field id={`${id}-channel`} label={t('payChannel')}>
            <select
              id={`${id}-channel`}
              value={channel}
              onChange={(event) => setChannel(event.target.value)}
              data-testid="payment-channel"
            >
              {CHANNELS.map((c) => (
                <option key={c.value} value={c.value}>
                  {t(c.label)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${id}-reference`} label={t('payReference')}>
            <input
              id={`${id}-reference`}
              className="input"
              type="text"
              autoComplete="off"
              maxLength={200}
              value={reference}
              onChange={(event) => setReference(event.target.value)}
              data-testid="payment-reference"
            />
          </Field>
        </div>
        <LocalProblems problems={problems} testId="payment-problems" />
        {post.error && <ApiProblems error={post.error} testId="payment-error" />}
        {posted && (
          <p className="form-success" role="status" data-testid="payment-posted">
            {posted.replayed
              ? t('payFormReplayed')
              : t('payFormPosted', {
                  amount: formatRupiah(posted.amount, lang),
                  allocated: formatRupiah(posted.allocated, lang),
                  credit: formatRupiah(posted.unallocated, lang),
                })}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={post.isPending} data-testid="payment-submit">
            {post.isPending && <span className="spinner" aria-hidden="true" />}
            {t('payFormSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
