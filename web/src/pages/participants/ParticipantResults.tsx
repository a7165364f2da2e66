import { Link } from 'wouter';
import type { MembershipView, ParticipantView } from '../../api/registry.types.ts';
import { Badge } from '../../components/Badge.tsx';
import { useT } from '../../i18n.ts';
import { labelOf, SEX_LABEL } from '../../lib/registryLabels.ts';

/** Masked search results; each person opens on their own page. */
export function ParticipantResults({
  participants,
  busy,
}: {
  participants: ParticipantView[];
  busy: boolean;
}) {
  const { t } = useT();
  return (
    <div className="table-scroll">
      <table className="data-table registry-table" data-testid="participant-results" aria-busy={busy}>
        <caption className="sr-only">{t('regSearchTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('regName')}</th>
            <th scope="col">{t('regNik')}</th>
            <th scope="col">{t('regKpj')}</th>
            <th scope="col">{t('regSex')}</th>
            <th scope="col">{t('regVillage')}</th>
            <th scope="col">{t('regMemberships')}</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((person) => (
            <tr key={person.id} data-testid={`participant-row-${person.id}`}>
              <th scope="row">
                <Link href={`/peserta/${person.id}`} data-testid="participant-link">
                  {person.name}
                </Link>
              </th>
              <td>
                <code data-testid="participant-nik">{person.nik}</code>
              </td>
              <td>
                <code>{person.kpj}</code>
              </td>
              <td>{labelOf(SEX_LABEL, person.sex, t)}</td>
              <td>
                <code>{person.villageCode}</code>
              </td>
              <td>
                <MembershipSummary memberships={person.memberships} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `BPU aktif`, `PU berakhir`, … one badge per membership, open ones first. */
function MembershipSummary({ memberships }: { memberships: MembershipView[] }) {
  const { t } = useT();
  if (memberships.length === 0) return <span className="muted">{t('regNoMemberships')}</span>;
  const ordered = [...memberships].sort((a, b) => Number(a.validTo !== null) - Number(b.validTo !== null));
  return (
    <span className="membership-badges">
      {ordered.map((m) => (
        <Badge key={m.id} tone={m.validTo === null ? 'info' : 'neutral'}>
          {m.segment} · {t(m.validTo === null ? 'regOpen' : 'regEnded')}
        </Badge>
      ))}
    </span>
  );
}
