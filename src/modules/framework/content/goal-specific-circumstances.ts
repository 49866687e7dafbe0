import type { Goal, Outcome, SubHeading } from '../framework-schema.ts';
import { BOARD_RETURN, months, qualitative, quantitative } from './build.ts';
import { CHILDREN_0_TO_17 } from './measures.ts';
import { fourPointScale } from './scales.ts';

const PROCEDURES = 'London Child Protection Procedures: safeguarding children in specific circumstances';

/** One optional sub-heading per category of the London procedures, each with its outcome. */
function circumstance(
  key: string,
  title: string,
  rating: SubHeading['rating'],
  outcome: Outcome,
): SubHeading {
  return { key, title, description: '', rating, optional: true, source: PROCEDURES, outcomes: [outcome] };
}

const subHeadings: SubHeading[] = [
  circumstance('sub-sexual-exploitation', 'Children abused through sexual exploitation', 'critical', {
    key: 'outcome-cse-protected',
    title: 'Children at risk of sexual exploitation are identified and protected',
    description:
      'Agencies recognise the signs of sexual exploitation, share information and disrupt perpetrators.',
    rating: 'critical',
    timescale: 'medium',
    expectedLag: months(12, 24),
    indicators: [
      quantitative({
        key: 'ind-cse-identified',
        code: 'SE1',
        name: 'Children identified as at risk of sexual exploitation per 10,000',
        definition:
          'Children discussed at the multi-agency sexual exploitation meeting in the year per 10,000 children aged 0-17.',
        polarity: 'context',
        numerator: '{cse_children_identified}',
        denominator: CHILDREN_0_TO_17,
        factor: 10000,
        unit: 'per 10,000 children aged 0-17',
        proxy: true,
        caveat:
          'A rise usually means agencies are better at spotting exploitation, not that more is happening; do not read it as a measure of harm.',
        source: BOARD_RETURN,
      }),
      qualitative({
        key: 'ind-cse-response',
        code: 'SE2',
        name: 'Multi-agency response to sexual exploitation',
        definition:
          'The board’s judgement of how well agencies identify, protect and support exploited children and disrupt those who exploit them.',
        prompt: 'How effective is the multi-agency response to child sexual exploitation in your area?',
        scale: fourPointScale({
          inadequate: 'No shared protocol; cases are handled one by one and information is not pooled.',
          developing:
            'A protocol and a multi-agency meeting exist, but attendance is patchy and disruption is rare.',
          good: 'Agencies map victims, perpetrators and locations together, and plans for each child are reviewed.',
          strong:
            'Young people’s experience shapes the response; disruption and prosecutions follow and audits show children safer.',
        }),
      }),
    ],
  }),
  circumstance('sub-missing', 'Children missing from care, from home and from education', 'critical', {
    key: 'outcome-missing-found-safe',
    title: 'Children who go missing are found, listened to and kept safe',
    description:
      'Every episode is reported, the child is offered an independent return interview and what they say changes their plan.',
    rating: 'critical',
    timescale: 'short',
    expectedLag: months(3, 12),
    indicators: [
      quantitative({
        key: 'ind-return-interviews',
        code: 'MI1',
        name: 'Return interviews offered within 72 hours',
        definition:
          'Missing episodes after which the child was offered an independent return interview within 72 hours, as a percentage of missing episodes.',
        polarity: 'higher-is-better',
        numerator: '{return_interviews_offered_72_hours}',
        denominator: '{missing_episodes}',
        factor: 100,
        unit: '%',
        target: 100,
        bands: { green: 90, amber: 75 },
        source: BOARD_RETURN,
      }),
      quantitative({
        key: 'ind-missing-education',
        code: 'MI2',
        name: 'Children missing education per 1,000 pupils',
        definition:
          'Children known to the local authority as missing education at the end of the year per 1,000 children on school rolls.',
        polarity: 'lower-is-better',
        numerator: '{children_missing_education}',
        denominator: '{pupils_on_roll}',
        factor: 1000,
        unit: 'per 1,000 pupils',
        decimals: 2,
        source: BOARD_RETURN,
      }),
    ],
  }),
  circumstance('sub-domestic-violence', 'Children affected by domestic violence', 'priority', {
    key: 'outcome-domestic-violence',
    title: 'Children living with domestic violence are identified and protected',
    description:
      'Police notifications involving children reach children’s social care and schools quickly, and high-risk cases are planned for together.',
    rating: 'priority',
    timescale: 'short',
    expectedLag: months(6, 12),
    indicators: [
      quantitative({
        key: 'ind-dv-notifications',
        code: 'DV1',
        name: 'Domestic abuse notifications screened within 24 hours',
        definition:
          'Police notifications of domestic abuse incidents where a child was present that children’s social care screened within 24 hours, as a percentage of such notifications.',
        polarity: 'higher-is-better',
        numerator: '{dv_notifications_screened_24_hours}',
        denominator: '{dv_notifications_with_children}',
        factor: 100,
        unit: '%',
        bands: { green: 90, amber: 75 },
        source: BOARD_RETURN,
      }),
    ],
  }),
  circumstance(
    'sub-parental-problems',
    'Children of parents with mental health problems or who misuse drugs or alcohol',
    'priority',
    {
      key: 'outcome-think-family',
      title: 'Adult services think about the children of the parents they treat',
      description:
        'Adult mental health and substance misuse services record whether their clients care for children and refer when the children are at risk.',
      rating: 'priority',
      timescale: 'medium',
      expectedLag: months(12, 24),
      indicators: [
        quantitative({
          key: 'ind-adult-services-children-recorded',
          code: 'PA1',
          name: 'Adult service clients with their children recorded',
          definition:
            'Clients of adult mental health and drug and alcohol services whose records say whether they live with or care for children, as a percentage of clients audited.',
          polarity: 'higher-is-better',
          numerator: '{adult_clients_children_recorded}',
          denominator: '{adult_clients_audited}',
          factor: 100,
          unit: '%',
          proxy: true,
          caveat:
            'Recording shows awareness, not action: read it beside the number of referrals adult services make to children’s social care.',
          source: 'Single-agency audits reported in the board return',
        }),
      ],
    },
  ),
  circumstance('sub-disabled-children', 'Disabled children', 'priority', {
    key: 'outcome-disabled-children',
    title: 'Disabled children are safeguarded as well as other children',
    description:
      'Concerns about disabled children are not explained away by their impairment, and they are helped to communicate what is happening to them.',
    rating: 'priority',
    timescale: 'long',
    expectedLag: months(24, 48),
    indicators: [
      quantitative({
        key: 'ind-disabled-cp-share',
        code: 'DC1',
        name: 'Disabled children among children with a child protection plan',
        definition:
          'Children with a recorded disability who are subject to a child protection plan at 31 March, as a percentage of all children on a plan.',
        polarity: 'context',
        numerator: '{cp_plans_disabled_children}',
        denominator: '{cp_plans_at_31_march}',
        factor: 100,
        unit: '%',
        proxy: true,
        caveat:
          'Disabled children are known to be under-represented in child protection; a higher figure may mean better recognition, so compare it with the share of disabled children among children in need.',
        source: BOARD_RETURN,
      }),
    ],
  }),
  circumstance('sub-trafficked', 'Trafficked children and children from abroad', 'critical', {
    key: 'outcome-trafficked-identified',
    title: 'Trafficked children and children arriving from abroad are identified and kept safe',
    description:
      'Children who may have been trafficked are referred to the National Referral Mechanism and do not go missing from care.',
    rating: 'critical',
    timescale: 'medium',
    expectedLag: months(12, 24),
    indicators: [
      quantitative({
        key: 'ind-nrm-referrals',
        code: 'TR1',
        name: 'Children referred to the National Referral Mechanism',
        definition:
          'Children referred by agencies in the area to the National Referral Mechanism as possible victims of trafficking in the year.',
        polarity: 'context',
        numerator: '{nrm_referrals_children}',
        factor: 1,
        unit: 'children',
        decimals: 0,
        proxy: true,
        caveat:
          'Counts referrals, not victims: a low number near a port of entry or an airport is more likely to mean missed children than an absence of trafficking.',
        source: BOARD_RETURN,
      }),
    ],
  }),
  circumstance('sub-young-carers', 'Young carers', 'universal', {
    key: 'outcome-young-carers',
    title: 'Young carers are identified and supported',
    description:
      'Children caring for a parent or sibling are known to schools and services and their caring role is assessed.',
    rating: 'universal',
    timescale: 'medium',
    expectedLag: months(12, 24),
    indicators: [
      quantitative({
        key: 'ind-young-carers-assessed',
        code: 'YC1',
        name: 'Young carers assessed per 10,000 children',
        definition: 'Young carers’ assessments completed in the year per 10,000 children aged 0-17.',
        polarity: 'higher-is-better',
        numerator: '{young_carers_assessments}',
        denominator: CHILDREN_0_TO_17,
        factor: 10000,
        unit: 'per 10,000 children aged 0-17',
        proxy: true,
        caveat:
          'Most young carers are never assessed; the figure shows reach, not the number of young carers in the area.',
        source: BOARD_RETURN,
      }),
    ],
  }),
  circumstance('sub-private-fostering', 'Privately fostered children', 'priority', {
    key: 'outcome-private-fostering',
    title: 'Privately fostered children are known to the local authority and visited',
    description:
      'Arrangements are notified, and the child is seen and the arrangement assessed within the statutory timescales.',
    rating: 'priority',
    timescale: 'short',
    expectedLag: months(6, 12),
    indicators: [
      quantitative({
        key: 'ind-private-fostering-visits',
        code: 'PF1',
        name: 'Private fostering visits within 7 working days',
        definition:
          'New private fostering notifications where the child was visited within 7 working days, as a percentage of new notifications.',
        polarity: 'higher-is-better',
        numerator: '{private_fostering_visits_7_days}',
        denominator: '{private_fostering_notifications}',
        factor: 100,
        unit: '%',
        target: 100,
        bands: { green: 90, amber: 70 },
        source: BOARD_RETURN,
      }),
      quantitative({
        key: 'ind-private-fostering-notifications',
        code: 'PF2',
        name: 'Private fostering notifications per 10,000 children',
        definition:
          'New private fostering arrangements notified to the local authority in the year per 10,000 children aged 0-17.',
        polarity: 'higher-is-better',
        numerator: '{private_fostering_notifications}',
        denominator: CHILDREN_0_TO_17,
        factor: 10000,
        unit: 'per 10,000 children aged 0-17',
        decimals: 2,
        proxy: true,
        caveat:
          'Most arrangements are never notified; a rise is taken to mean better awareness among schools, health and communities rather than more private fostering.',
        source: BOARD_RETURN,
      }),
    ],
  }),
];

/** Goal 2: the categories of the London procedures, which a board may adopt or leave out. */
export const specificCircumstancesGoal: Goal = {
  key: 'goal-specific-circumstances',
  title: 'Children in specific circumstances are safeguarded',
  description:
    'Children whose circumstances make them more vulnerable, or less visible, get a response that fits those circumstances.',
  outcomes: [],
  headings: [
    {
      key: 'heading-specific-circumstances',
      title: 'Children in specific circumstances',
      description:
        'Following the categories of the London Child Protection Procedures. Boards choose the sub-headings that matter most locally.',
      rating: 'priority',
      optional: true,
      source: PROCEDURES,
      outcomes: [],
      subHeadings,
    },
  ],
};
