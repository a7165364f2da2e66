import type Type from 'typebox';
import type { PayerKind, Segment } from '../../../src/registry/membership.rules.ts';
import type {
  EmployerInputSchema,
  EmployerViewSchema,
  EndMembershipSchema,
  EnrolSchema,
  MembershipInputSchema,
  ParticipantViewSchema,
} from '../../../src/registry/registry.schemas.ts';
import type { Program } from '../../../src/regulations/explain.ts';

/** Shapes of the participant registry API (src/registry/registry.schemas.ts), as the server declares them. */
export type { PayerKind, Program, Segment };

/** One person with their memberships; NIK, name, birth date and phone masked unless `masked` is false. */
export type ParticipantView = Type.Static<typeof ParticipantViewSchema>;
export type MembershipView = ParticipantView['memberships'][number];

/** POST /participants and its answer (201 a new person, 200 a NIK that was already registered). */
export type EnrolBody = Type.Static<typeof EnrolSchema>;
export interface EnrolAnswer {
  participant: ParticipantView;
  created: boolean;
}

/** POST /participants/:id/memberships, and the membership inside an enrolment. */
export type MembershipInput = Type.Static<typeof MembershipInputSchema>;

/** POST /memberships/:id/end. */
export type EndMembershipBody = Type.Static<typeof EndMembershipSchema>;
export type EndReason = EndMembershipBody['reason'];

/** POST /employers, GET /employers/:id. */
export type EmployerInput = Type.Static<typeof EmployerInputSchema>;
export type EmployerView = Type.Static<typeof EmployerViewSchema>;
export type SizeClass = EmployerInput['sizeClass'];
export type EmployerStatus = 'active' | 'arrears' | 'closed';
