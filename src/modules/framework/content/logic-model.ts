import type { ModelLink, ModelNode } from '../framework-schema.ts';

const node = (
  key: string,
  kind: ModelNode['kind'],
  title: string,
  annotation: string,
  refersTo: string | null = null,
): ModelNode => ({
  key,
  kind,
  title,
  annotation,
  refersTo,
});

/** The logical framework: what influences safeguarding outcomes, and how the board's work leads to them. */
export const nodes: ModelNode[] = [
  node(
    'input-family-stress',
    'input',
    'Family poverty, poor housing and isolation',
    'Context the board cannot change directly, but which raises need and must be allowed for when boards are compared.',
  ),
  node(
    'input-parental-risk',
    'input',
    'Domestic violence, parental mental ill health and substance misuse',
    'The parental factors most often present in serious case reviews, alone or together.',
  ),
  node(
    'input-partner-resources',
    'input',
    'Partners’ resources and contributions',
    'Staff time, budget contributions and senior attendance that partners commit to the board.',
  ),
  node(
    'input-workforce',
    'input',
    'A stable, skilled multi-agency workforce',
    'Vacancies and turnover, especially among social workers and health visitors, limit what any plan can achieve.',
  ),
  node(
    'input-guidance',
    'input',
    'Statutory guidance and the London Child Protection Procedures',
    'Working Together and the London procedures set shared thresholds and processes across the 32 boards.',
  ),
  node(
    'activity-training',
    'activity',
    'Multi-agency training',
    'Courses that staff from different agencies attend together, from basic awareness to specialist topics.',
  ),
  node(
    'activity-section-11',
    'activity',
    'Section 11 audits',
    'Each agency audits its own safeguarding arrangements against the section 11 standards and reports to the board.',
  ),
  node(
    'activity-reviews',
    'activity',
    'Serious case reviews and learning',
    'Reviews of cases where a child died or was seriously harmed and abuse or neglect is suspected, and the dissemination of their lessons.',
  ),
  node(
    'activity-audit',
    'activity',
    'Multi-agency audit and performance monitoring',
    'Case audits and the shared dataset, looked at together by the board’s quality assurance sub-group.',
  ),
  node(
    'activity-participation',
    'activity',
    'Involving children and young people',
    'Consultations, young people’s forums and young inspectors working with the board.',
  ),
  node(
    'output-trained-staff',
    'output',
    'Staff trained to recognise and respond to abuse',
    'Places taken up on multi-agency courses, by agency and level.',
  ),
  node(
    'output-s11-actions',
    'output',
    'Section 11 action plans completed',
    'Agencies’ own improvement actions, signed off with evidence.',
  ),
  node(
    'output-recommendations',
    'output',
    'Review recommendations implemented',
    'Recommendations with owners and dates, closed only on evidence of changed practice.',
  ),
  node(
    'output-shared-data',
    'output',
    'A shared picture of performance',
    'The board’s dataset and audit findings, compared with statistical neighbours and London.',
  ),
  node(
    'output-young-voices',
    'output',
    'Young people’s views in front of the board',
    'Reports, presentations and campaigns made by or with young people.',
  ),
  node(
    'outcome-early-identification',
    'outcome',
    'Children in need identified early',
    'Agencies refer the right children at the right time.',
    'outcome-identified-early',
  ),
  node(
    'outcome-plans-effective',
    'outcome',
    'Child protection plans make children safe',
    'Fewer repeat plans and fewer plans that drift for years.',
    'outcome-plans-keep-safe',
  ),
  node(
    'outcome-specific-circumstances',
    'outcome',
    'Children in specific circumstances are safeguarded',
    'Exploited, missing, trafficked and privately fostered children, and others less visible to services.',
    'heading-specific-circumstances',
  ),
  node(
    'outcome-agencies-accountable',
    'outcome',
    'Agencies are accountable for safeguarding',
    'Partners are committed to the board and meet their section 11 duties.',
    'outcome-partners-committed',
  ),
  node(
    'outcome-learning-embedded',
    'outcome',
    'Learning is embedded in practice',
    'The same failures do not recur in later reviews.',
    'outcome-recommendations-implemented',
  ),
  node(
    'outcome-young-people-influence',
    'outcome',
    'Young people influence the board',
    'The board’s priorities reflect what children say makes them feel unsafe.',
    'outcome-young-people-involved',
  ),
  node(
    'goal-protected',
    'goal',
    'Children are protected from significant harm',
    'The overall aim the framework is judged against.',
    'goal-protected-from-harm',
  ),
  node(
    'goal-safe-circumstances',
    'goal',
    'Children in specific circumstances are safe',
    'Those at greatest risk get a response that fits their circumstances.',
    'goal-specific-circumstances',
  ),
];

const link = (from: string, to: string, note: string | null = null): ModelLink => ({ from, to, note });

export const links: ModelLink[] = [
  link(
    'input-family-stress',
    'outcome-early-identification',
    'Need rises with deprivation, so referral rates must be read against the area’s deprivation before boards are compared.',
  ),
  link(
    'input-parental-risk',
    'outcome-plans-effective',
    'Biennial analyses of serious case reviews repeatedly find these parental factors in most cases, often in combination.',
  ),
  link('input-parental-risk', 'outcome-specific-circumstances'),
  link(
    'input-partner-resources',
    'activity-training',
    'Training is largely funded from partners’ contributions to the board’s budget.',
  ),
  link('input-partner-resources', 'activity-audit'),
  link('input-workforce', 'activity-training'),
  link(
    'input-workforce',
    'outcome-plans-effective',
    'Turnover of social workers breaks relationships with families and is a recurring finding in reviews.',
  ),
  link('input-guidance', 'activity-section-11', 'The section 11 standards come from statutory guidance.'),
  link(
    'input-guidance',
    'outcome-early-identification',
    'Shared London thresholds make referrals more consistent between agencies and boroughs.',
  ),
  link('activity-training', 'output-trained-staff'),
  link('activity-section-11', 'output-s11-actions'),
  link('activity-reviews', 'output-recommendations'),
  link('activity-audit', 'output-shared-data'),
  link('activity-participation', 'output-young-voices'),
  link(
    'output-trained-staff',
    'outcome-early-identification',
    'Evaluations of multi-agency training report better recognition of abuse soon after; lasting change in practice is less well evidenced.',
  ),
  link(
    'output-trained-staff',
    'outcome-specific-circumstances',
    'Specialist courses, for example on sexual exploitation and trafficking, are how most staff learn the signs.',
  ),
  link('output-s11-actions', 'outcome-agencies-accountable'),
  link(
    'output-recommendations',
    'outcome-learning-embedded',
    'Ofsted’s evaluations of serious case reviews found recommendations were often signed off when training had been held, without checking practice had changed.',
  ),
  link(
    'output-shared-data',
    'outcome-agencies-accountable',
    'A shared dataset lets the board challenge partners with evidence rather than anecdote.',
  ),
  link('output-young-voices', 'outcome-young-people-influence'),
  link(
    'outcome-young-people-influence',
    'outcome-specific-circumstances',
    'Young people were often first to describe exploitation and going missing in their own terms.',
  ),
  link('outcome-agencies-accountable', 'outcome-plans-effective'),
  link(
    'outcome-learning-embedded',
    'outcome-plans-effective',
    'The Munro review argued that learning systems, not more procedures, improve child protection practice.',
  ),
  link('outcome-early-identification', 'goal-protected'),
  link('outcome-plans-effective', 'goal-protected'),
  link('outcome-specific-circumstances', 'goal-safe-circumstances'),
  link(
    'goal-safe-circumstances',
    'goal-protected',
    'Many children at greatest risk of significant harm are in one of the specific circumstances.',
  ),
];
