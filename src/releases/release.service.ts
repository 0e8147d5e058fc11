import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf, type PlainDate } from '../dates';
import { badInputs, notFound } from '../errors';
import { ReleaseRepository, type ReleaseRow } from '../repositories/release.repository';
import type { Clock } from '../services/clock';
import { assertRecordId } from '../services/ids';
import { lockCaseForWrite } from '../services/case-for-write';
import { writeTransaction } from '../services/transaction';
import {
  documentingNoteViolation, releaseViolations, revocationViolations, type ReleaseScope, type ReleaseType, type ReleaseViolation,
} from './release-rules';

export interface RecordReleaseRequest {
  caseId: string;
  type: ReleaseType;
  partyAgencyIds: string[];
  scope: ReleaseScope[];
  signedOn: PlainDate;
  expiresOn?: PlainDate | null;
  noteId: string;
}

export interface RevokeReleaseRequest { releaseId: string; revokedOn: PlainDate; noteId: string }

function refuse(violations: ReleaseViolation[]): void {
  if (violations.length > 0) throw badInputs(`Invalid release: ${violations.map((v) => v.message).join('; ')}`, violations);
}

/**
 * ROI-1: releases of information, entered by the people who work the case (the CM) with the
 * Release of Information CLNO that documents them; dates checked against the case's timeline.
 */
export class ReleaseService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  private async noteViolation(releases: ReleaseRepository, noteId: string, caseId: string, day: PlainDate): Promise<ReleaseViolation | null> {
    assertRecordId('Client note', noteId);
    return documentingNoteViolation(await releases.documentingNote(noteId), caseId, day, 'noteId');
  }

  async record(user: CurrentUser, request: RecordReleaseRequest): Promise<ReleaseRow> {
    AccessPolicy.assertMay(user, 'recordRelease');
    const partyAgencyIds = [...new Set(request.partyAgencyIds)];
    for (const id of partyAgencyIds) assertRecordId('Partner agency', id);
    return writeTransaction(this.dataSource, async (manager) => {
      const kase = await lockCaseForWrite(manager, user, request.caseId);
      const releases = new ReleaseRepository(manager);
      const known = new Set((await releases.agenciesByIds(partyAgencyIds)).map((a) => a.id));
      const missing = partyAgencyIds.find((id) => !known.has(id));
      if (missing) throw notFound('Partner agency', missing);
      const facts = { type: request.type, scope: request.scope, partyAgencyIds, signedOn: request.signedOn, expiresOn: request.expiresOn ?? null, revokedOn: null };
      const violations = releaseViolations(facts, { referralDate: kase.referralDate, today: alaskaDateOf(this.clock.now()) });
      const note = await this.noteViolation(releases, request.noteId, kase.id, request.signedOn);
      refuse(note ? [...violations, note] : violations);
      return releases.add({
        caseId: kase.id, clientId: kase.clientId, type: request.type, scope: [...new Set(request.scope)], signedOn: request.signedOn,
        expiresOn: facts.expiresOn, noteId: request.noteId, recordedBy: user.id, recordedAt: this.clock.now(),
      }, partyAgencyIds);
    });
  }

  async revoke(user: CurrentUser, request: RevokeReleaseRequest): Promise<ReleaseRow> {
    AccessPolicy.assertMay(user, 'recordRelease');
    assertRecordId('Release', request.releaseId);
    return writeTransaction(this.dataSource, async (manager) => {
      const releases = new ReleaseRepository(manager);
      const found = (await releases.byIds([request.releaseId]))[0];
      if (!found) throw notFound('Release', request.releaseId);
      // The case first, then the release: the lock order of every other write on the case.
      const kase = await lockCaseForWrite(manager, user, found.caseId);
      const release = (await releases.lockById(found.id))!;
      const violations = revocationViolations(release, request.revokedOn, alaskaDateOf(this.clock.now()));
      const note = await this.noteViolation(releases, request.noteId, kase.id, request.revokedOn);
      refuse(note ? [...violations, note] : violations);
      const now = this.clock.now();
      await releases.revoke(release.id, { revokedOn: request.revokedOn, revocationNoteId: request.noteId, revokedBy: user.id, revokedAt: now });
      return { ...release, revokedOn: request.revokedOn, revocationNoteId: request.noteId, revokedBy: user.id, revokedAt: now };
    });
  }

  /** The partner agencies a release can name. */
  agencies() {
    return new ReleaseRepository(this.dataSource.manager).agencies();
  }
}
