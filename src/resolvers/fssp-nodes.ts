import type { CurrentUser } from '../auth/current-user';
import type { RequestContext } from '../context';
import type { FsspNodeType } from '../fssp/fssp-node-tables';
import { recordOfCase, type NodeReader } from './node-access';

/** Readable as Case.fssp is: by the roles that read the plan's text (not PARTNER, ROI-1), of a case the user reads. */
const ofCase = <T extends { caseId: string }>(ctx: RequestContext, user: CurrentUser, what: string, id: string, row: Promise<T | null>) =>
  recordOfCase(ctx, user, 'readFssp', 'Case.fssp', what, id, row);

/** node(id) for the FSSP document (issue 12 item 1). */
export const FSSP_NODE_READERS: Record<FsspNodeType, NodeReader> = {
  FsspVersion: (ctx, user, id) => ofCase(ctx, user, 'FSSP version', id, ctx.services.fssp.nodes().version(id)),
  FsspGoal: async (ctx, user, id) => {
    const goal = await ofCase(ctx, user, 'FSSP goal', id, ctx.services.fssp.nodes().goal(id));
    // As FsspVersion.goals answers it: with its intermediate goals and steps.
    const [goals, steps] = await Promise.all([ctx.services.fssp.reader().goalsOf([goal.versionId]), ctx.services.fssp.reader().stepsOf([goal.versionId])]);
    const node = (g: typeof goals[number]): object => ({ ...g, steps: steps.filter((s) => s.goalId === g.id), intermediateGoals: goals.filter((c) => c.parentGoalId === g.id).map(node) });
    return { ...node(goal), caseId: goal.caseId };
  },
  FsspStep: (ctx, user, id) => ofCase(ctx, user, 'FSSP step', id, ctx.services.fssp.nodes().step(id)),
  FsspReview: (ctx, user, id) => ofCase(ctx, user, 'FSSP review', id, ctx.services.fssp.nodes().review(id)),
  FsspUpdateAppointment: (ctx, user, id) => ofCase(ctx, user, 'FSSP update appointment', id, ctx.services.fssp.nodes().appointment(id)),
};
