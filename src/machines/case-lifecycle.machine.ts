import { setup } from 'xstate';
import { caseActions, initialCaseContext } from './case-lifecycle.actions';
import { caseChecks, caseGuards } from './case-lifecycle.guards';
import type { CaseContext, CaseEvent, CaseInput } from './case-lifecycle.types';

/** Bump when a change would strand stored snapshots, and add the move to snapshot-migrations.ts. */
export const CASE_MACHINE_VERSION = 2;

const contactAttempt = [
  { guard: 'contactReached', target: '#case.open.phase.assessment', actions: 'recordContactAttempt' },
  { actions: 'recordContactAttempt' },
] as const;

/**
 * The lifecycle of one Work Services case (DOMAIN.md "Lifecycle of a case").
 *
 * Pure: guards read only context and event, and every event carries its own `at` instant.
 * Apply it with xstate's `transition()`; persistence lives in CaseTransitionService.
 *
 * @example
 * const [snapshot] = initialTransition(caseLifecycleMachine, { track: 'WORK_FIRST', caseManagerId, referralDate: '2026-11-02', monthsUsed: 3 });
 * const [next] = transition(caseLifecycleMachine, snapshot, { type: 'RECORD_CONTACT_ATTEMPT', on: '2026-11-03', method: 'PHONE', outcome: 'REACHED', at });
 */
export const caseLifecycleMachine = setup({
  types: { context: {} as CaseContext, events: {} as CaseEvent, input: {} as CaseInput },
  guards: {
    ...caseGuards,
    extensionApprovedOnForm: (args) => caseChecks.staffingFormSubmitted(args) === null && caseChecks.extensionApproved(args) === null,
  },
  actions: caseActions,
}).createMachine({
  id: 'case',
  initial: 'open',
  context: ({ input }) => initialCaseContext(input),
  states: {
    /**
     * An open case: the casework phase (referral, assessment, planning, participating) runs beside
     * compliance, exemption and the time limit for the whole time it is open, so a client who never
     * engages or will not sign a plan can be reported (ENG-5, FSSP-1), an exemption can start before
     * a plan is signed, and month 58 is staffed in whatever phase it arrives (issue 10).
     */
    open: {
      type: 'parallel',
      on: {
        CLOSE_TA: { target: '#case.exit', actions: 'closeTa' },
        /** ENG-6: an emergency is seen within 48 hours, whatever the track or phase. */
        DISCLOSE_EMERGENCY: { actions: 'recordEmergency' },
        CHANGE_CASE_MANAGER: { guard: 'differentCaseManager', actions: 'changeCaseManager' },
        /** ENG-3: after a change of case manager or track, a new EA in whatever phase the case is. */
        COMPLETE_REASSESSMENT: { guard: 'reassessmentDue', actions: 'completeReassessment' },
        RECORD_ASSISTANCE_MONTH: { guard: 'mayCountAssistanceMonth', actions: 'recordAssistanceMonth' },
      },
      states: {
        /** Where the casework is: one phase after another. */
        phase: {
          initial: 'referral',
          states: {
            /** ENG-1 / ENG-2: reach the client within a business day; a J016 when phone and in person fail. */
            referral: {
              initial: 'awaitingContact',
              states: {
                awaitingContact: {
                  on: {
                    RECORD_CONTACT_ATTEMPT: [...contactAttempt],
                    ISSUE_J016: { guard: 'canIssueJ016', target: 'j016Issued', actions: 'recordJ016' },
                  },
                },
                j016Issued: { on: { RECORD_CONTACT_ATTEMPT: [...contactAttempt] } },
              },
            },
            /** EA-1 / EA-2: the Employability Assessment, then its CLNO. */
            assessment: {
              initial: 'eaPending',
              states: {
                eaPending: {
                  on: {
                    SCHEDULE_EA: { target: 'eaScheduled', actions: 'scheduleEa' },
                    COMPLETE_EA: { target: 'eaCompleted', actions: 'completeEa' },
                  },
                },
                eaScheduled: {
                  on: {
                    SCHEDULE_EA: { target: 'eaScheduled', actions: 'scheduleEa' },
                    COMPLETE_EA: { target: 'eaCompleted', actions: 'completeEa' },
                  },
                },
                eaCompleted: { on: { RECORD_EA_NOTE: { target: '#case.open.phase.planning', actions: 'recordEaNote' } } },
              },
            },
            /** FSSP-1 / FSSP-6: a plan is valid only once signed; a mailed plan has a due-back date. */
            planning: {
              initial: 'drafting',
              states: {
                drafting: { on: { DRAFT_FSSP: { target: 'drafted', actions: 'draftFssp' } } },
                drafted: {
                  on: {
                    DRAFT_FSSP: { target: 'drafted', actions: 'draftFssp' },
                    MAIL_FSSP: { target: 'awaitingSignature', actions: 'mailFssp' },
                    SIGN_FSSP: { target: '#case.open.phase.participating', actions: 'signFssp' },
                  },
                },
                awaitingSignature: {
                  on: {
                    MAIL_FSSP: { target: 'awaitingSignature', actions: 'mailFssp' },
                    SIGN_FSSP: { target: '#case.open.phase.participating', actions: 'signFssp' },
                  },
                },
              },
            },
            /** Active participation under a signed plan: its review cycle and the track beside it. */
            participating: {
              type: 'parallel',
              states: {
                /** FSSP-2 to FSSP-4: reviewed monthly, updated at least every 3 months, expires after its last step review date. */
                plan: {
                  initial: 'current',
                  states: {
                    current: {
                      on: {
                        REVIEW_FSSP: { guard: 'fsspStillCurrent', actions: 'reviewFssp' },
                        UPDATE_FSSP: { actions: 'updateFssp' },
                        EXPIRE_FSSP: { guard: 'fsspPastLastReviewDate', target: 'expired' },
                      },
                    },
                    expired: { on: { UPDATE_FSSP: { target: 'current', actions: 'updateFssp' } } },
                  },
                },
                /** TRK-1: the case manager asks, a supervisor decides. */
                track: {
                  initial: 'steady',
                  states: {
                    steady: {
                      on: { REQUEST_TRACK_CHANGE: { guard: 'otherTrack', target: 'consultationRequested', actions: 'requestTrackChange' } },
                    },
                    consultationRequested: {
                      on: {
                        DECIDE_TRACK_CHANGE: [
                          { guard: 'trackChangeApproved', target: 'steady', actions: 'approveTrackChange' },
                          { target: 'steady', actions: 'denyTrackChange' },
                        ],
                      },
                    },
                  },
                },
              },
            },
          },
        },
        /** PEN-1 to PEN-4: good cause first, then a staged penalty until cured. */
        compliance: {
          initial: 'compliant',
          states: {
            compliant: { on: { REPORT_NON_COMPLIANCE: { guard: 'mayReportNonCompliance', target: 'goodCausePending', actions: 'reportNonCompliance' } } },
            goodCausePending: {
              on: {
                DETERMINE_GOOD_CAUSE: [
                  { guard: 'goodCauseFound', target: 'compliant', actions: 'recordGoodCause' },
                  // PEN-2: a missing timesheet never leads to a penalty, so the report closes here.
                  { guard: 'cannotLeadToPenalty', target: 'compliant', actions: 'closeWithoutPenalty' },
                  { target: 'noGoodCause', actions: 'recordNoGoodCause' },
                ],
              },
            },
            noGoodCause: { on: { REQUEST_PENALTY: { guard: 'penaltyMayBeRequested', target: 'penaltyRequested', actions: 'requestPenalty' } } },
            /** PEN-5: the written notice gives the client 10 days to comply; a cure before the penalty takes effect ends it (PEN-3). */
            penaltyRequested: {
              on: {
                IMPOSE_PENALTY: { guard: 'penaltyRestsOnCurrentPlan', target: 'penalized', actions: 'imposePenalty' },
                CURE_PENALTY: { target: 'compliant', actions: 'curePenalty' },
                REMOVE_PENALTY_FOR_GOOD_CAUSE: { target: 'compliant', actions: 'removePenaltyForGoodCause' },
              },
            },
            penalized: {
              on: {
                RECORD_PENALTY_HOME_VISIT: { actions: 'recordHomeVisit' },
                ESCALATE_PENALTY: { guard: 'mayEscalatePenalty', actions: 'escalatePenalty' },
                CURE_PENALTY: { target: 'compliant', actions: 'curePenalty' },
                REMOVE_PENALTY_FOR_GOOD_CAUSE: { target: 'compliant', actions: 'removePenaltyForGoodCause' },
              },
            },
          },
        },
        /** EXM-1: every start and end goes to Eligibility the same day. */
        exemption: {
          initial: 'notExempt',
          states: {
            notExempt: { on: { START_EXEMPTION: { target: 'exempt', actions: 'startExemption' } } },
            exempt: { on: { END_EXEMPTION: { target: 'notExempt', actions: 'endExemption' } } },
          },
        },
        /** TL-1 / TL-2: the month-58 extension staffing; a supervisor decides. */
        timeLimit: {
          initial: 'withinLimit',
          states: {
            withinLimit: {
              on: { SCHEDULE_EXTENSION_STAFFING: { guard: 'reachedMonth58', target: 'staffingScheduled', actions: 'scheduleStaffing' } },
            },
            staffingScheduled: {
              on: {
                SCHEDULE_EXTENSION_STAFFING: { target: 'staffingScheduled', actions: 'scheduleStaffing' },
                SUBMIT_STAFFING_FORM: { actions: 'submitStaffingForm' },
                DECIDE_EXTENSION: [
                  { guard: 'extensionApprovedOnForm', target: 'extended', actions: 'approveExtension' },
                  { guard: 'staffingFormSubmitted', target: 'extensionDenied', actions: 'denyExtension' },
                ],
              },
            },
            extended: {},
            extensionDenied: {},
          },
        },
      },
    },
    /** EXIT-1 / EXIT-2: the exit summary, then the work activity record closes. */
    exit: {
      initial: 'summaryPending',
      states: {
        summaryPending: { on: { RECORD_EXIT_SUMMARY: { target: 'summaryRecorded', actions: 'recordExitSummary' } } },
        summaryRecorded: {
          on: {
            CLOSE_WORK_ACTIVITY_RECORD: [
              { guard: 'closedWithWork', target: '#case.postTa', actions: ['closeWorkActivityRecord', 'startPostTa'] },
              { target: '#case.closed', actions: 'closeWorkActivityRecord' },
            ],
          },
        },
      },
    },
    /** EXIT-3: 12 months of job retention and advancement services after closing with work. */
    postTa: {
      on: {
        RECORD_POST_TA_CONTACT: { actions: 'recordPostTaContact' },
        COMPLETE_POST_TA: { guard: 'postTaTwelveMonthsElapsed', target: 'closed', actions: 'completePostTa' },
        REFER_AGAIN: { target: 'open', actions: 'referAgain' },
      },
    },
    closed: { on: { REFER_AGAIN: { target: 'open', actions: 'referAgain' } } },
  },
});

export type CaseMachine = typeof caseLifecycleMachine;
