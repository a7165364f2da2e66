import type { ParticipantView } from '../../api/registry.types.ts';
import { BillsPanel } from './ledger/BillsTable.tsx';
import { useBills, usePayments } from './ledger/ledgerApi.ts';
import { PaymentsPanel } from './ledger/PaymentsTable.tsx';

/**
 * The person's bills (every bill with a line of theirs, as GET /bills?participantId= answers) and the
 * payments of the payers that are the person themself: `participant:<id>` and their PMI placements.
 * Payments of an employer or a funding program are not the person's and are shown on those pages.
 */
export function ParticipantLedger({ person }: { person: ParticipantView }) {
  const bills = useBills({ participantId: person.id });
  const payerKeys = [
    `participant:${person.id}`,
    ...person.memberships.filter((m) => m.segment === 'PMI').map((m) => `placement:${m.id}`),
  ];
  const payments = usePayments(payerKeys);
  return (
    <>
      <BillsPanel title="billTitleParticipant" query={bills} testId="participant-bills" />
      <PaymentsPanel query={payments} testId="participant-payments" />
    </>
  );
}
