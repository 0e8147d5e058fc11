import DataLoader from 'dataloader';
import type { EntityTarget, FindOptionsOrder } from 'typeorm';
import type { CurrentUser } from '../auth/current-user';
import type { RequestContext } from '../context';
import { isPlainDate } from '../dates';
import {
  CaseReviewStaffingEntity, DailyCheckInEntity, DisabilityVerificationEntity, ExtensionStaffingFormEntity, FamiliesFirstDocumentEntity,
  FamilySupportTeamMeetingEntity, TrackReadinessReviewEntity, WorkFirstReadinessItemEntity, WorkSearchFindingEntity,
} from '../entities';
import type { CaseRecordRow } from '../repositories/track-record.repository';
import type { ListOrder } from '../schema/page-info.cursor';
import { isInstant } from '../schema/page-info.orders';
import { TRACK_RECORD_NODE_TABLES, type TrackRecordNodeType } from '../families-first/track-record-node-tables';
import { recordOfCase } from './node-access';

const isUuidText = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
const isDay = (v: unknown) => typeof v === 'string' && isPlainDate(v);

/** One kind of track record: its table's entity, the day it is ordered by, and its list's name. */
interface RecordKind<T extends CaseRecordRow> { entity: EntityTarget<T>; day: keyof T & string; name: string }
const kind = <T extends CaseRecordRow & { recordedAt: Date }>(entity: EntityTarget<T>, day: keyof T & string, name: string): RecordKind<T> => ({ entity, day, name });

/** The track records and staffings (issue 12), each listed oldest first by its own day. */
export const TRACK_RECORD_KINDS = {
  FamiliesFirstDocument: kind(FamiliesFirstDocumentEntity, 'effectiveOn', 'FamiliesFirstDocument'),
  FamilySupportTeamMeeting: kind(FamilySupportTeamMeetingEntity, 'heldOn', 'FamilySupportTeamMeeting'),
  DisabilityVerification: kind(DisabilityVerificationEntity, 'verifiedOn', 'DisabilityVerification'),
  TrackReadinessReview: kind(TrackReadinessReviewEntity, 'reviewedOn', 'TrackReadinessReview'),
  WorkFirstReadinessItem: kind(WorkFirstReadinessItemEntity, 'completedOn', 'WorkFirstReadinessItem'),
  WorkSearchFinding: kind(WorkSearchFindingEntity, 'foundOn', 'WorkSearchFinding'),
  DailyCheckIn: kind(DailyCheckInEntity, 'checkedInOn', 'DailyCheckIn'),
  CaseReviewStaffing: kind(CaseReviewStaffingEntity, 'heldOn', 'CaseReviewStaffing'),
  ExtensionStaffingForm: kind(ExtensionStaffingFormEntity, 'submittedOn', 'ExtensionStaffingForm'),
};
export type { TrackRecordNodeType } from '../families-first/track-record-node-tables';

type AnyRow = CaseRecordRow & { recordedAt: Date };
interface Loaders { byCase: DataLoader<string, AnyRow[]>; byId: DataLoader<string, AnyRow | null> }
const perRequest = new WeakMap<object, Map<string, Loaders>>();

/**
 * Per-request loaders of one kind (keyed by the request's loaders object, so they live as long as
 * the request): a page of cases reads each kind in one statement (an index on case_id).
 */
function loadersOf(ctx: RequestContext, name: TrackRecordNodeType): Loaders {
  let all = perRequest.get(ctx.loaders);
  if (!all) perRequest.set(ctx.loaders, (all = new Map<string, Loaders>()));
  let l = all.get(name);
  if (!l) {
    const { entity, day } = TRACK_RECORD_KINDS[name] as unknown as RecordKind<AnyRow>;
    const repo = ctx.services.familiesFirst.reads();
    const order = { [day]: 'ASC', recordedAt: 'ASC', id: 'ASC' } as FindOptionsOrder<AnyRow>;
    l = {
      byCase: new DataLoader(async (caseIds) => {
        const rows = await repo.ofCases(entity, caseIds, order);
        return caseIds.map((id) => rows.filter((r) => r.caseId === id));
      }),
      byId: new DataLoader(async (ids) => {
        const rows = new Map((await repo.byIds(entity, ids)).map((r) => [r.id, r]));
        return ids.map((id) => rows.get(id) ?? null);
      }),
    };
    all.set(name, l);
  }
  return l;
}

/** A case's records of one kind, oldest first. */
export const recordsOfCase = <T>(ctx: RequestContext, name: TrackRecordNodeType, caseId: string): Promise<T[]> =>
  loadersOf(ctx, name).byCase.load(caseId) as unknown as Promise<T[]>;

/** The list order (and keyset cursor) of one kind: its day, when recorded, id. */
export function orderOf<T extends AnyRow>(name: TrackRecordNodeType): ListOrder<T> {
  const { day } = TRACK_RECORD_KINDS[name] as unknown as RecordKind<T>;
  return { name, keyOf: (r) => [String(r[day]), r.recordedAt.toISOString(), r.id], valid: [isDay, isInstant, isUuidText] };
}

/** node(id) of a track record: the narrative record of its case (CASE_RECORD_READERS; PARTNER refused, ROI-1). */
export function readTrackRecordNode(ctx: RequestContext, user: CurrentUser, name: TrackRecordNodeType, id: string): Promise<object> {
  return recordOfCase(ctx, user, 'readCaseRecord', name, name, id, loadersOf(ctx, name).byId.load(id));
}

/** node(id)'s readers of the track records, spread into node.resolver's READERS. */
export const TRACK_RECORD_NODE_READERS = Object.fromEntries(
  TRACK_RECORD_NODE_TABLES.map(([name]) => [name, (ctx: RequestContext, user: CurrentUser, id: string) => readTrackRecordNode(ctx, user, name, id)]),
) as Record<TrackRecordNodeType, (ctx: RequestContext, user: CurrentUser, id: string) => Promise<object>>;
