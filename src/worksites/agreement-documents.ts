import { createHash } from 'node:crypto';
import type { PlainDate } from '../dates';
import type { PlacementDocumentRow } from '../repositories/worksite.repository';

/**
 * SITE-1: the printable site and placement agreements, as self-contained HTML (one inline style,
 * no script, no image, no external resource): rendered by plain template functions, every value
 * HTML-escaped. The routes (document-routes.ts) serve them with a Content-Security-Policy that
 * allows exactly this style (its hash) and nothing else.
 */

/**
 * Text for HTML content or a quoted attribute: & < > " ' escaped.
 *
 * @example
 * escapeHtml('<b>Tom & "Jerry"</b>') // '&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;'
 */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export const DOCUMENT_STYLE = 'body{font-family:serif;max-width:46rem;margin:2rem auto;line-height:1.4}h1{font-size:1.4rem}'
  + 'dt{font-weight:bold;margin-top:.6rem}dd{margin-left:1.5rem}.sign{margin-top:3rem;display:flex;gap:3rem}.sign div{flex:1;border-top:1px solid #000;padding-top:.3rem}'
  + '@media print{body{margin:0}}';

/** The CSP source of DOCUMENT_STYLE, e.g. `'sha256-…'`. */
export const DOCUMENT_STYLE_SOURCE = `'sha256-${createHash('sha256').update(DOCUMENT_STYLE).digest('base64')}'`;

/** The Content-Security-Policy of a document page: nothing but its own inline style. */
export const DOCUMENT_CSP = `default-src 'none'; style-src ${DOCUMENT_STYLE_SOURCE}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const hours = (centi: number) => (centi / 100).toFixed(2).replace(/\.00$/, '');

function page(title: string, facts: Array<[string, string]>, signers: string[], intro: string): string {
  const rows = facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('');
  const signs = signers.map((s) => `<div>${escapeHtml(s)}</div>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${DOCUMENT_STYLE}</style></head>`
    + `<body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(intro)}</p><dl>${rows}</dl><div class="sign">${signs}</div></body></html>`;
}

/** SITE-1: the agreement placing a client in a worksite position: who, where, what, from when, how many hours, who supervises. */
export function renderPlacementAgreement(row: PlacementDocumentRow): string {
  const client = `${row.clientFirstName} ${row.clientLastName}`;
  const kind = row.worksiteKind === 'BWE' ? 'Business Work Experience (BWE)' : 'Community Work Experience (CWE)';
  return page(`Placement agreement: ${client}`, [
    ['Participant', client],
    ['Worksite', row.worksiteName],
    ['Employer', row.employerName ?? row.worksiteName],
    ['Kind of placement', kind],
    ['Address', row.worksiteAddress],
    ['Phone', row.worksitePhone],
    ['Site contact', row.worksiteContact],
    ['Position', row.positionTitle],
    ['Skills', row.skills.length ? row.skills.join(', ') : 'None named'],
    ['Starts on', row.startsOn],
    ['Hours per week', hours(row.centiHoursPerWeek)],
    ['Supervisor at the site', row.supervisorName],
    ...(row.endedOn ? [['Ended on', row.endedOn] as [string, string]] : []),
    ['Work Services office', row.officeName],
  ], ['Participant', 'Site supervisor', 'Case manager'],
  `${client} is placed at ${row.worksiteName} as ${row.positionTitle}. The site supervises the participant's hours, reports attendance to the case manager, and tells the case manager of any problem.`);
}

export interface SiteAgreementDocument {
  officeName: string; worksiteName: string; worksiteKind: string; employerName: string | null; address: string; phone: string; contactName: string;
  signedOn: PlainDate; effectiveFrom: PlainDate; effectiveTo: PlainDate | null; agencySigner: string; siteSigner: string;
}

/** SITE-1: the agreement between the worksite (or its employer) and the agency. */
export function renderSiteAgreement(doc: SiteAgreementDocument): string {
  const party = doc.employerName ?? doc.worksiteName;
  return page(`Site agreement: ${doc.worksiteName}`, [
    ['Worksite', doc.worksiteName],
    ['Employer', party],
    ['Kind of site', doc.worksiteKind],
    ['Address', doc.address],
    ['Phone', doc.phone],
    ['Contact person', doc.contactName],
    ['Signed on', doc.signedOn],
    ['Effective', `${doc.effectiveFrom} to ${doc.effectiveTo ?? 'until ended'}`],
    ['Work Services office', doc.officeName],
  ], [`For the agency: ${doc.agencySigner}`, `For the site: ${doc.siteSigner}`],
  `${party} agrees with the ${doc.officeName} Work Services office to host participants at ${doc.worksiteName}, to supervise them, and to report their hours.`);
}
