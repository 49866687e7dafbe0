import type { Goal } from '../framework-schema.ts';
import { BOARD_RETURN, months, qualitative, quantitative } from './build.ts';
import { fourPointScale } from './scales.ts';

/** Goal 3: the board itself: partners' commitment, quality assurance and training. */
export const partnershipGoal: Goal = {
  key: 'goal-agencies-work-together',
  title: 'Agencies work together effectively to keep children safe',
  description:
    'The board holds partners to account, and every agency meets its own duties to safeguard children.',
  outcomes: [],
  headings: [
    {
      key: 'heading-governance',
      title: 'Partnership and governance',
      description: 'Whether partners commit people, money and challenge to the board.',
      rating: 'critical',
      optional: false,
      source: null,
      subHeadings: [],
      outcomes: [
        {
          key: 'outcome-partners-committed',
          title: 'Partner agencies are committed to the board and hold each other to account',
          description:
            'Senior people from every statutory partner attend, the budget is shared fairly and the board challenges practice.',
          rating: 'critical',
          timescale: 'short',
          expectedLag: months(3, 12),
          indicators: [
            quantitative({
              key: 'ind-board-attendance',
              code: 'BG1',
              name: 'Agencies’ attendance at board meetings',
              definition:
                'Board meetings attended by each member agency’s named representative or agreed deputy, as a percentage of the member places at meetings held in the year.',
              polarity: 'higher-is-better',
              numerator: '{attendance_board_meetings}',
              denominator: '{board_member_places}',
              factor: 100,
              unit: '%',
              decimals: 0,
              target: 80,
              bands: { green: 80, amber: 65 },
              source: BOARD_RETURN,
            }),
            quantitative({
              key: 'ind-partner-contributions',
              code: 'BG2',
              name: 'Partner contributions to the board’s budget',
              definition:
                'Contributions from partners other than the local authority (police, health, probation, CAFCASS and others), as a percentage of the board’s total budget.',
              polarity: 'higher-is-better',
              numerator: '{partner_contributions_budget}',
              denominator: '{board_budget_total}',
              factor: 100,
              unit: '%',
              decimals: 0,
              bands: { green: 40, amber: 25 },
              source: 'Board budget survey',
            }),
            qualitative({
              key: 'ind-board-challenge',
              code: 'BG3',
              name: 'Challenge and scrutiny by the board',
              definition:
                'The board’s judgement of how well it challenges partners on the quality and impact of their safeguarding work.',
              prompt:
                'Thinking of the last year’s board minutes and challenge log, how well does the board hold partners to account?',
              scale: fourPointScale({
                inadequate: 'Meetings receive reports for information; challenge is rare and not recorded.',
                developing:
                  'Challenge happens in meetings but is not followed up, and the same issues return.',
                good: 'Challenges are logged with owners and dates, and most are resolved with evidence.',
                strong:
                  'Partners bring their own weaknesses to the board, and challenge has visibly changed services for children.',
              }),
            }),
          ],
        },
      ],
    },
    {
      key: 'heading-quality-assurance',
      title: 'Quality assurance and workforce',
      description:
        'Section 11 audits, multi-agency audit and training: how the board knows practice is good enough.',
      rating: 'priority',
      optional: false,
      source: null,
      subHeadings: [],
      outcomes: [
        {
          key: 'outcome-section-11',
          title: 'Agencies meet their duty under section 11 of the Children Act 2004',
          description:
            'Every agency audits its own safeguarding arrangements and completes the actions it identifies.',
          rating: 'priority',
          timescale: 'short',
          expectedLag: months(6, 12),
          indicators: [
            quantitative({
              key: 'ind-s11-completed',
              code: 'QA1',
              name: 'Section 11 audits completed',
              definition:
                'Agencies that returned a completed section 11 self-audit by the deadline, as a percentage of agencies asked to complete one.',
              polarity: 'higher-is-better',
              numerator: '{section_11_audits_completed}',
              denominator: '{section_11_audits_requested}',
              factor: 100,
              unit: '%',
              decimals: 0,
              target: 100,
              bands: { green: 95, amber: 80 },
              source: BOARD_RETURN,
            }),
            quantitative({
              key: 'ind-s11-actions',
              code: 'QA2',
              name: 'Section 11 actions completed',
              definition:
                'Actions from section 11 audits completed by their due date, as a percentage of actions due in the year.',
              polarity: 'higher-is-better',
              numerator: '{section_11_actions_completed}',
              denominator: '{section_11_actions_due}',
              factor: 100,
              unit: '%',
              decimals: 0,
              source: BOARD_RETURN,
            }),
          ],
        },
        {
          key: 'outcome-training-improves-practice',
          title: 'Multi-agency training reaches the workforce and improves practice',
          description:
            'Staff from every agency train together, and what they learn shows in their work with children.',
          rating: 'universal',
          timescale: 'medium',
          expectedLag: months(6, 18),
          indicators: [
            quantitative({
              key: 'ind-training-delivered',
              code: 'QA3',
              name: 'Multi-agency training delivered',
              definition: 'Places on the board’s multi-agency training courses taken up in the year.',
              polarity: 'higher-is-better',
              numerator: '{multi_agency_training_places}',
              factor: 1,
              unit: 'places',
              decimals: 0,
              source: BOARD_RETURN,
            }),
            quantitative({
              key: 'ind-training-impact',
              code: 'QA4',
              name: 'Training that changed practice',
              definition:
                'Course members who, three months after the course, report a specific change in their practice, as a percentage of those who answered the follow-up.',
              polarity: 'higher-is-better',
              numerator: '{training_follow_up_changed_practice}',
              denominator: '{training_follow_up_responses}',
              factor: 100,
              unit: '%',
              decimals: 0,
              proxy: true,
              caveat:
                'Self-reported by those who chose to answer; confirm with case audit before relying on it.',
              source: 'Training evaluation follow-up survey',
            }),
          ],
        },
      ],
    },
  ],
};
