import type { Goal } from '../framework-schema.ts';
import { BOARD_RETURN, months, qualitative, quantitative } from './build.ts';
import { fourPointScale } from './scales.ts';

/** Goal 4: learning from serious cases and child deaths. */
export const learningGoal: Goal = {
  key: 'goal-learning',
  title: 'Learning from serious cases makes children safer',
  description:
    'Reviews find out why things went wrong, and the learning is embedded in practice, not just noted.',
  headings: [],
  outcomes: [
    {
      key: 'outcome-recommendations-implemented',
      title: 'Recommendations from serious case reviews are implemented on time',
      description:
        'Each recommendation has an owner and a date, and the board checks the evidence before signing it off.',
      rating: 'critical',
      timescale: 'medium',
      expectedLag: months(12, 24),
      indicators: [
        quantitative({
          key: 'ind-recommendations-on-time',
          code: 'LE1',
          name: 'Review recommendations completed on time',
          definition:
            'Serious case review recommendations signed off as complete by their due date, as a percentage of recommendations due in the year.',
          polarity: 'higher-is-better',
          numerator: '{review_recommendations_completed_on_time}',
          denominator: '{review_recommendations_due}',
          factor: 100,
          unit: '%',
          decimals: 0,
          target: 90,
          bands: { green: 90, amber: 75 },
          source: BOARD_RETURN,
        }),
        qualitative({
          key: 'ind-learning-embedded',
          code: 'LE2',
          name: 'Evidence that learning is embedded',
          definition:
            'The board’s judgement of whether the learning from reviews has changed practice, as shown by audit, rather than only by training delivered.',
          prompt:
            'For the reviews completed in the last two years, what evidence is there that practice has changed?',
          scale: fourPointScale({
            inadequate: 'Action plans are signed off when a briefing or training session has been held.',
            developing: 'Some agencies have audited the change; others report completion without evidence.',
            good: 'Re-audit after each review shows the practice the review found wanting has improved in most agencies.',
            strong:
              'Learning is tested repeatedly through audit and staff can describe what changed and why; good practice is shared with other boards.',
          }),
        }),
      ],
    },
    {
      key: 'outcome-child-deaths-reviewed',
      title: 'Child deaths are reviewed and modifiable factors acted upon',
      description:
        'The child death overview panel reviews every death and the board acts on what could be changed.',
      rating: 'universal',
      timescale: 'long',
      expectedLag: months(24, 60),
      indicators: [
        quantitative({
          key: 'ind-child-deaths-reviewed',
          code: 'LE3',
          name: 'Child deaths reviewed within 12 months',
          definition:
            'Child deaths whose review by the child death overview panel was completed within 12 months of the death, as a percentage of reviews completed in the year.',
          polarity: 'higher-is-better',
          numerator: '{child_death_reviews_within_12_months}',
          denominator: '{child_death_reviews_completed}',
          factor: 100,
          unit: '%',
          decimals: 0,
          proxy: true,
          caveat:
            'Inquests and criminal proceedings delay reviews for reasons outside the panel’s control, so small numbers swing widely.',
          source: BOARD_RETURN,
        }),
      ],
    },
  ],
};

/** Goal 5: children's and young people's participation, an outcome area of its own. */
export const participationGoal: Goal = {
  key: 'goal-participation',
  title: 'Children and young people shape the board’s work',
  description: 'Children and young people help set the board’s priorities and judge whether they feel safer.',
  outcomes: [],
  headings: [
    {
      key: 'heading-participation',
      title: 'Participation of children and young people',
      description: 'How the board hears from children and young people, and what changes as a result.',
      rating: 'priority',
      optional: false,
      source: null,
      subHeadings: [],
      outcomes: [
        {
          key: 'outcome-young-people-involved',
          title: 'Young people are involved in the board’s work and influence its priorities',
          description:
            'Young people take part in the board’s meetings, sub-groups, campaigns and reviews, and can see what changed because of them.',
          rating: 'priority',
          timescale: 'medium',
          expectedLag: months(12, 24),
          indicators: [
            quantitative({
              key: 'ind-young-people-involved',
              code: 'YP1',
              name: 'Young people involved in the board’s work',
              definition:
                'Children and young people who took part in the board’s work in the year (meetings, consultations, campaigns, reviews, training).',
              polarity: 'higher-is-better',
              numerator: '{young_people_involved_board_work}',
              factor: 1,
              unit: 'young people',
              decimals: 0,
              source: BOARD_RETURN,
            }),
            qualitative({
              key: 'ind-young-people-influence',
              code: 'YP2',
              name: 'Influence of children and young people on the board',
              definition: 'The board’s judgement of how far children and young people shape its decisions.',
              prompt: 'How far did children and young people influence the board’s decisions this year?',
              scale: fourPointScale({
                inadequate: 'Children’s views are not sought, or only through agencies speaking for them.',
                developing: 'Young people are consulted on plans the board has already drawn up.',
                good: 'Young people help set priorities and the board reports back to them on what it did.',
                strong:
                  'Young people share decisions with the board, lead some of its work and check its impact.',
              }),
            }),
          ],
        },
        {
          key: 'outcome-children-feel-safe',
          title: 'Children and young people feel safe at home, at school and in their area',
          description: 'Children say they feel safe and know who to turn to when they do not.',
          rating: 'universal',
          timescale: 'long',
          expectedLag: months(24, 60),
          indicators: [
            quantitative({
              key: 'ind-feel-safe',
              code: 'YP3',
              name: 'Children who say they feel safe in their area',
              definition:
                'Pupils answering the local schools survey who say they feel safe or very safe in their local area, as a percentage of pupils who answered.',
              polarity: 'higher-is-better',
              numerator: '{survey_pupils_feel_safe}',
              denominator: '{survey_pupils_answered}',
              factor: 100,
              unit: '%',
              decimals: 0,
              proxy: true,
              caveat:
                'Feeling safe is not the same as being safe, and survey questions and samples differ between boroughs; compare a board with itself over time.',
              source: 'Local schools survey',
            }),
            quantitative({
              key: 'ind-know-who-to-tell',
              code: 'YP4',
              name: 'Children who know who to tell if they are worried',
              definition:
                'Pupils answering the local schools survey who can name an adult they would tell if they were worried about their safety, as a percentage of pupils who answered.',
              polarity: 'higher-is-better',
              numerator: '{survey_pupils_know_who_to_tell}',
              denominator: '{survey_pupils_answered}',
              factor: 100,
              unit: '%',
              decimals: 0,
              source: 'Local schools survey',
            }),
          ],
        },
      ],
    },
  ],
};
