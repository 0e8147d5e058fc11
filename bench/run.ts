import 'reflect-metadata';
import { openDatabase } from '../src/db/data-source';
import { selectRows } from '../src/repositories/sql';
import { ReferralService } from '../src/services/referral.service';
import { systemClock } from '../src/services/clock';
import { startBenchDatabase } from './bench-database';
import { benchTransitions } from './transitions.bench';
import { benchWorklist } from './worklist.bench';
import { benchParticipationRate } from './participation-rate.bench';
import { benchQueryLimits } from './query-limits.bench';

/** `npm run bench`: figures are printed next to a raw-pg baseline measured in the same process. */
async function main(): Promise<void> {
  const database = await startBenchDatabase();
  const dataSource = await openDatabase({ url: database.url, poolSize: 10 });
  try {
    const [{ id: officeId }] = await selectRows<{ id: string }>(dataSource.manager, `INSERT INTO office (code, name) VALUES ('BENCH', 'Bench office') RETURNING id`);
    const [{ id: caseManager }] = await selectRows<{ id: string }>(dataSource.manager, `INSERT INTO staff (email, name, role, office_id) VALUES ('cm@bench', 'CM', 'CASE_MANAGER', $1) RETURNING id`, [officeId]);
    const referrals = new ReferralService(dataSource, systemClock);
    const user = { id: caseManager, name: 'CM', email: 'cm@bench', role: 'CASE_MANAGER' as const, officeId };
    const cases: string[] = [];
    for (let i = 0; i < 400; i++) {
      const kase = await referrals.refer(user, { client: { firstName: 'B', lastName: `${i}`, dateOfBirth: '1990-01-01' }, household: [], track: 'WORK_FIRST', referralDate: '2026-11-02', monthsUsed: 0 });
      cases.push(kase.id);
    }
    const t = await benchTransitions(dataSource, database.url, { caseManager, cases });
    console.log(`\nLifecycle transitions (${t.total} events, ${t.concurrency} concurrent clients)`);
    console.log(`  GraphQL API (HTTP + auth + validation + machine + UPDATE/INSERT): ${t.graphql.toFixed(0)} transitions/s`);
    console.log(`  raw pg baseline (BEGIN; SELECT; UPDATE ... WHERE version; INSERT; COMMIT): ${t.raw.toFixed(0)} transitions/s`);
    console.log(`  ratio API / raw pg: ${(t.graphql / t.raw).toFixed(2)}`);
    console.log(`  for scale, the same HTTP client and server answering { me { id } } (no write): ${t.httpFloor.toFixed(0)} requests/s`);

    const q = await benchQueryLimits(dataSource, { caseManager });
    console.log(`\nQuery limits over HTTP (median of ${q.runs}; refused before any resolver, code QUERY_TOO_COMPLEX)`);
    console.log(`  baseline, anonymous { calendar { today isBusinessDay } }: ${q.calendarMs.toFixed(2)} ms; signed-in { me { id } }: ${q.meMs.toFixed(2)} ms (rate limits off: ${q.meUnlimitedMs.toFixed(2)} ms)`);
    console.log(`  10,000-alias anonymous addBusinessDays(366) (${q.calendarFloodKb.toFixed(0)} KB), refused by tokens: ${q.calendarFloodMs.toFixed(2)} ms`);
    console.log(`  500-alias signed-in cases(first: 100) (${q.caseloadFloodKb.toFixed(0)} KB), refused by tokens: ${q.caseloadFloodMs.toFixed(2)} ms`);
    console.log(`  100 cases with their whole record, refused by the cost budget: ${q.overBudgetMs.toFixed(2)} ms`);

    const [{ id: supervisor }] = await selectRows<{ id: string }>(dataSource.manager, `INSERT INTO staff (email, name, role, office_id) VALUES ('sup@bench', 'S', 'SUPERVISOR', $1) RETURNING id`, [officeId]);
    const w = await benchWorklist(dataSource, database.url, { officeId, caseManager, supervisor });
    console.log(`\nOffice worklist (${w.cases} cases, ${w.obligations} obligations; overdue ENG-1/WV-1/EA-2, first 50; median of 50)`);
    console.log(`  ObligationService.worklist: ${w.apiMs.toFixed(2)} ms`);
    console.log(`  raw pg, same SQL:           ${w.rawMs.toFixed(2)} ms`);
    console.log(`  plan:\n${w.plan.split('\n').map((l) => '    ' + l).join('\n')}`);

    const pr = await benchParticipationRate(dataSource, database.url);
    console.log(`\nWork First participation rate (WV-3) of an office: ${pr.cases} cases, ${pr.entries} hours entries; median of 5`);
    console.log(`  ParticipationRateService.rate (${pr.statements} statements + facts + computeMonthlyParticipation per case): ${pr.serviceMs.toFixed(0)} ms`);
    console.log(`  raw pg, same ${pr.statements} statements, rows only (${pr.rawRows} rows): ${pr.rawMs.toFixed(0)} ms`);
    console.log(`  all families ${pr.allFamilies.numerator}/${pr.allFamilies.denominator} (${pr.allFamilies.rateDisplay}), two-parent ${pr.twoParent.numerator}/${pr.twoParent.denominator} (${pr.twoParent.rateDisplay})`);
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
