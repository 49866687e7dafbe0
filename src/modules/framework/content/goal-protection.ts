import type { Goal } from '../framework-schema.ts';
import { BOARD_RETURN, CIN_CENSUS, months, qualitative, quantitative } from './build.ts';
import { CHILDREN_0_TO_17, CHILDREN_IN_NEED, REFERRALS, SUBSEQUENT_PLANS, measure } from './measures.ts';
import { fourPointScale } from './scales.ts';

/** Goal 1: the core child protection system, measured mostly from the DfE census. */
export const protectionGoal: Goal = {
  key: 'goal-protected-from-harm',
  title: 'Children are protected from significant harm',
  description:
    'Children at risk of significant harm are identified early, referred to the right service and made safe, and the help they get lasts.',
  outcomes: [],
  headings: [
    {
      key: 'heading-early-help-and-referral',
      title: 'Early help, referral and assessment',
      description:
        'How well agencies recognise children in need and refer them, and how the front door responds.',
      rating: 'priority',
      optional: false,
      source: null,
      subHeadings: [],
      outcomes: [
        {
          key: 'outcome-identified-early',
          title: 'Children in need are identified early and referred to the right service',
          description:
            'Agencies share a common understanding of thresholds, so referrals to children’s social care are appropriate and families are not referred again and again.',
          rating: 'priority',
          timescale: 'short',
          expectedLag: months(6, 12),
          indicators: [
            quantitative({
              key: 'ind-referral-rate',
              code: 'REF1',
              name: 'Referral rate per 10,000 children',
              definition:
                'Referrals to children’s social care in the year per 10,000 children aged 0-17 (mid-year population estimate).',
              polarity: 'context',
              numerator: measure(REFERRALS, 'referral_count'),
              denominator: CHILDREN_0_TO_17,
              factor: 10000,
              unit: 'per 10,000 children aged 0-17',
              decimals: 0,
              source: `${CIN_CENSUS}; ONS mid-year population estimates`,
            }),
            quantitative({
              key: 'ind-rereferrals',
              code: 'REF2',
              name: 'Re-referrals within 12 months',
              definition:
                'Referrals in the year that were within 12 months of a previous referral for the same child, as a percentage of all referrals.',
              polarity: 'lower-is-better',
              numerator: measure(REFERRALS, 'rereferral_count'),
              denominator: measure(REFERRALS, 'referral_count'),
              factor: 100,
              unit: '%',
              target: 20,
              bands: { green: 20, amber: 25 },
              source: CIN_CENSUS,
            }),
            quantitative({
              key: 'ind-referrals-nfa',
              code: 'REF3',
              name: 'Referrals ending in no further action',
              definition:
                'Referrals in the year that led to no further action, as a percentage of all referrals.',
              polarity: 'lower-is-better',
              numerator: measure(REFERRALS, 'no_further_action_count'),
              denominator: measure(REFERRALS, 'referral_count'),
              factor: 100,
              unit: '%',
              proxy: true,
              caveat:
                'A proxy for how well referrers understand thresholds. A low figure can also mean the front door screens contacts out before they become referrals, so read it beside the referral rate.',
              source: CIN_CENSUS,
            }),
            quantitative({
              key: 'ind-assessed-not-in-need',
              code: 'REF4',
              name: 'Referrals assessed as not in need',
              definition:
                'Referrals in the year where the child was assessed as not in need, as a percentage of all referrals.',
              polarity: 'lower-is-better',
              numerator: measure(REFERRALS, 'not_in_need_count'),
              denominator: measure(REFERRALS, 'referral_count'),
              factor: 100,
              unit: '%',
              proxy: true,
              caveat:
                'Assessment is sometimes the right response even when the child proves not to be in need; a very low figure may mean concerns are being screened out too early.',
              source: CIN_CENSUS,
            }),
          ],
        },
        {
          key: 'outcome-need-met',
          title: 'Children in need receive timely help that meets their needs',
          description:
            'Children referred are assessed without delay and the number of children in need reflects the local level of need.',
          rating: 'universal',
          timescale: 'medium',
          expectedLag: months(12, 24),
          indicators: [
            quantitative({
              key: 'ind-cin-rate',
              code: 'CIN1',
              name: 'Children in need rate per 10,000 children',
              definition: 'Children in need at 31 March per 10,000 children aged 0-17.',
              polarity: 'context',
              numerator: measure(CHILDREN_IN_NEED, 'At31_episodes'),
              denominator: CHILDREN_0_TO_17,
              factor: 10000,
              unit: 'per 10,000 children aged 0-17',
              decimals: 0,
              source: `${CIN_CENSUS}; ONS mid-year population estimates`,
            }),
            quantitative({
              key: 'ind-awaiting-assessment',
              code: 'CIN2',
              name: 'Children in need still awaiting assessment at 31 March',
              definition:
                'Children awaiting the start or completion of an assessment at 31 March, as a percentage of children in need at 31 March.',
              polarity: 'lower-is-better',
              numerator: measure(CHILDREN_IN_NEED, 'awaiting_assessment'),
              denominator: measure(CHILDREN_IN_NEED, 'At31_episodes'),
              factor: 100,
              unit: '%',
              proxy: true,
              caveat:
                'A snapshot on one day: a backlog cleared or built up in March moves it more than the rest of the year.',
              source: CIN_CENSUS,
            }),
          ],
        },
      ],
    },
    {
      key: 'heading-child-protection',
      title: 'Child protection',
      description:
        'Children subject to a child protection plan, and whether the plan makes them safe for good.',
      rating: 'critical',
      optional: false,
      source: null,
      subHeadings: [],
      outcomes: [
        {
          key: 'outcome-plans-keep-safe',
          title: 'Child protection plans make children safe, and the change lasts',
          description:
            'Plans reduce the risk quickly enough that they can end safely, and children do not return to a plan because the first one ended too early.',
          rating: 'critical',
          timescale: 'medium',
          expectedLag: months(12, 36),
          indicators: [
            quantitative({
              key: 'ind-subsequent-plans',
              code: 'CP1',
              name: 'Second or subsequent child protection plans',
              definition:
                'Child protection plans started in the year that were a second or later plan for the child, as a percentage of all plans started.',
              polarity: 'lower-is-better',
              numerator: measure(SUBSEQUENT_PLANS, 'CPP_subsequent'),
              denominator: measure(SUBSEQUENT_PLANS, 'CPP_start'),
              factor: 100,
              unit: '%',
              bands: { green: 20, amber: 25 },
              source: CIN_CENSUS,
            }),
            quantitative({
              key: 'ind-plans-two-years',
              code: 'CP2',
              name: 'Child protection plans lasting 2 years or more',
              definition:
                'Children subject to a child protection plan at 31 March whose plan had lasted 2 years or more, as a percentage of all children on a plan at 31 March.',
              polarity: 'lower-is-better',
              numerator: '{cp_plans_open_2_years_or_more}',
              denominator: '{cp_plans_at_31_march}',
              factor: 100,
              unit: '%',
              bands: { green: 3, amber: 5 },
              source: `${BOARD_RETURN} (as reported to the DfE children in need census)`,
            }),
            quantitative({
              key: 'ind-cp-rate',
              code: 'CP3',
              name: 'Child protection plan rate per 10,000 children',
              definition:
                'Children subject to a child protection plan at 31 March per 10,000 children aged 0-17.',
              polarity: 'context',
              numerator: '{cp_plans_at_31_march}',
              denominator: CHILDREN_0_TO_17,
              factor: 10000,
              unit: 'per 10,000 children aged 0-17',
              decimals: 0,
              source: `${BOARD_RETURN}; ONS mid-year population estimates`,
            }),
            quantitative({
              key: 'ind-conference-timeliness',
              code: 'CP4',
              name: 'Review conferences held on time',
              definition:
                'Child protection review conferences held within the required timescales, as a percentage of review conferences due in the year.',
              polarity: 'higher-is-better',
              numerator: '{cp_reviews_on_time}',
              denominator: '{cp_reviews_due}',
              factor: 100,
              unit: '%',
              target: 100,
              bands: { green: 95, amber: 85 },
              source: BOARD_RETURN,
            }),
            qualitative({
              key: 'ind-core-group-quality',
              code: 'CP5',
              name: 'Quality of multi-agency child protection plans',
              definition:
                'The board’s judgement, from multi-agency case audit, of whether plans are specific, shared by all agencies and reviewed for impact on the child.',
              prompt:
                'From your multi-agency audits this year, how good are child protection plans and core group working?',
              scale: fourPointScale({
                inadequate:
                  'Plans are generic lists of services; agencies miss core groups and nobody checks whether the child is safer.',
                developing:
                  'Most plans name the risks, but actions are vague and core group attendance depends on the agency.',
                good: 'Plans set out specific, timed actions owned by named agencies, and core groups review progress against them.',
                strong:
                  'Plans are clear to the family and the child, every agency contributes, and audits show children safer as a result.',
              }),
            }),
          ],
        },
      ],
    },
  ],
};
