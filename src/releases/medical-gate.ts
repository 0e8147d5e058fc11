import DataLoader from 'dataloader';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import type { PlainDate } from '../dates';
import type { PartnerAgencyEntity } from '../entities';
import type { CaseReleaseFacts, ReleaseRepository, ReleaseRow } from '../repositories/release.repository';
import type { RequestContext } from '../context';
import { coversMedicalFor } from './release-rules';

/**
 * Per request: whether the medical information of a case may be shown to the user (ROI-1), and
 * the releases of the cases read. Staff who work or review cases see it (their case and office
 * checks already ran); a PARTNER only under a current HIPAA release naming its agency. The
 * releases of every case a page asks about load in one statement.
 */
export class MedicalGate {
  private agency: Promise<string | null> | undefined;
  private readonly facts: DataLoader<string, CaseReleaseFacts[]>;
  /** Case.releases: the releases entered on each case, in one statement for a page of cases. */
  readonly releasesByCaseId: DataLoader<string, ReleaseRow[]>;
  /** Release.parties, in one statement for every release of the response. */
  readonly agencyById: DataLoader<string, PartnerAgencyEntity | null>;
  /** node(id) of a Release. */
  readonly releaseById: DataLoader<string, ReleaseRow | null>;

  constructor(private readonly user: CurrentUser | null, releases: ReleaseRepository, readonly today: () => PlainDate) {
    this.facts = new DataLoader(async (caseIds) => {
      const rows = await releases.factsForCases(caseIds);
      return caseIds.map((id) => rows.filter((r) => r.caseId === id));
    });
    this.releasesByCaseId = new DataLoader(async (caseIds) => {
      const rows = await releases.ofCases(caseIds);
      return caseIds.map((id) => rows.filter((r) => r.caseId === id));
    });
    this.agencyById = new DataLoader(async (ids) => {
      const rows = await releases.agenciesByIds(ids);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    });
    this.releaseById = new DataLoader(async (ids) => {
      const rows = await releases.byIds(ids);
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    });
    this.agencyOf = () => (this.agency ??= user ? releases.agencyOf(user.id) : Promise.resolve(null));
  }

  private readonly agencyOf: () => Promise<string | null>;

  async mayDisclose(caseId: string): Promise<boolean> {
    if (!this.user) return false;
    if (!AccessPolicy.needsReleaseForMedical(this.user)) return true;
    const agency = await this.agencyOf();
    if (!agency) return false;
    return coversMedicalFor(await this.facts.load(caseId), agency, this.today());
  }
}

/** The request's gate; every request the app builds has one (src/releases/request-privacy.ts). */
export function requireMedicalGate(ctx: Pick<RequestContext, 'medical'>): MedicalGate {
  if (!ctx.medical) throw new Error('the request context has no medical gate (src/releases/request-privacy.ts)');
  return ctx.medical;
}
