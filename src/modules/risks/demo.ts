import type { Queryable } from '../../platform/db/types.ts';
import { systemActor } from '../../platform/audit/service.ts';
import { addMilestone, addPhase } from './plan.ts';
import { createProject } from './projects.ts';
import { createRisk } from './register.ts';
import { londonDate } from './inputs.ts';

const actor = systemActor('demo loader');

/** Review dates relative to the day the demo is loaded, so "reviews due" always has something in it. */
const inDays = (days: number) => londonDate(new Date(Date.now() + days * 86_400_000));

/** The datasets project: its plan, and a risk register with one review overdue. */
export async function loadRisksDemo(tx: Queryable, ctx: { people: Map<string, string> }): Promise<void> {
  const person = (name: string) => {
    const id = ctx.people.get(name);
    if (!id) throw new Error(`risks demo refers to unknown person ${name}`);
    return id;
  };
  const project = await createProject(tx, actor, {
    name: 'London datasets project',
    description:
      'Agreeing one outcomes framework and one dataset that every London safeguarding children board returns each quarter, so that boards can compare themselves with their neighbours, London and England using the same definitions.',
    ownerPersonId: person('Priya Shah'),
    status: 'active',
    publicPage: true,
    demo: true,
  });
  const phases = [
    { name: 'Discovery', status: 'complete', plannedStart: '2024-09-02', plannedEnd: '2024-12-20', actualStart: '2024-09-02', actualEnd: '2025-01-10', owner: 'Priya Shah' },
    { name: 'Framework and dataset design', status: 'complete', plannedStart: '2025-01-06', plannedEnd: '2025-06-30', actualStart: '2025-01-13', actualEnd: '2025-07-04', owner: 'Ian Fletcher' },
    { name: 'Build and pilot with four boards', status: 'in-progress', plannedStart: '2025-07-01', plannedEnd: '2026-03-31', actualStart: '2025-07-07', owner: 'Priya Shah' },
    { name: 'Roll-out to all boards', status: 'not-started', plannedStart: '2026-04-01', plannedEnd: '2026-09-30', owner: 'Morgan Reed' },
  ] as const;
  const phaseIds: string[] = [];
  for (const { owner, ...phase } of phases) phaseIds.push((await addPhase(tx, actor, project.id, { ...phase, ownerPersonId: person(owner) })).id);
  const milestones = [
    { name: 'Outcomes framework agreed by the chairs’ network', phase: 1, status: 'complete', plannedDate: '2025-05-15', actualDate: '2025-05-22', owner: 'Ian Fletcher' },
    { name: 'Data dictionary version 1 published', phase: 1, status: 'complete', plannedDate: '2025-06-30', actualDate: '2025-07-04', owner: 'Priya Shah' },
    { name: 'First pilot returns from four boards', phase: 2, status: 'in-progress', plannedDate: '2025-11-28', owner: 'Hannah Clarke' },
    { name: 'First London benchmarking dashboard', phase: 2, status: 'not-started', plannedDate: '2026-03-31', owner: 'Priya Shah' },
  ] as const;
  for (const { phase, owner, ...milestone } of milestones) await addMilestone(tx, actor, project.id, { ...milestone, phaseId: phaseIds[phase], ownerPersonId: person(owner) });

  const risks = [
    {
      title: 'Boards cannot return data on time',
      cause: 'Analysts in several boards are shared with the local authority and stretched at quarter end',
      event: 'Returns arrive after the deadline or incomplete',
      effect: 'The London dashboard is published late or with gaps, and boards lose confidence in it',
      category: 'delivery',
      owner: 'Priya Shah',
      inherentLikelihood: 4,
      inherentImpact: 3,
      controls: 'Return window of four weeks; reminders two weeks and two days before the deadline; completeness shown to chairs',
      residualLikelihood: 3,
      residualImpact: 3,
      targetLikelihood: 2,
      targetImpact: 2,
      nextReviewDate: inDays(-10),
      linkedAction: 'Business Managers’ Group: agree a named data contact per board',
    },
    {
      title: 'Small numbers could identify children',
      cause: 'Some measures count very few children in a quarter in smaller boroughs',
      event: 'A published figure, or a difference between two figures, lets someone identify a child',
      effect: 'Harm to a child and family; breach of data protection law; loss of trust',
      category: 'data-protection',
      owner: 'Priya Shah',
      inherentLikelihood: 3,
      inherentImpact: 5,
      controls: 'Counts below 5 suppressed in every published output and export, as official statistics do; only aggregate figures held',
      residualLikelihood: 1,
      residualImpact: 5,
      targetLikelihood: 1,
      targetImpact: 5,
      nextReviewDate: inDays(25),
    },
    {
      title: 'Boards count things differently',
      cause: 'Local recording practice differs, e.g. when a contact becomes a referral',
      event: 'Figures are not comparable between boards',
      effect: 'Benchmarks mislead boards about their relative performance',
      category: 'data-quality',
      owner: 'Ian Fletcher',
      inherentLikelihood: 4,
      inherentImpact: 4,
      controls: 'Definitions taken from DfE returns where one exists; data dictionary with worked examples; validation rules on every return',
      residualLikelihood: 3,
      residualImpact: 3,
      targetLikelihood: 2,
      targetImpact: 3,
      nextReviewDate: inDays(12),
    },
    {
      title: 'Funding for the network analyst ends',
      cause: 'The analyst post is funded for two years from pooled board contributions',
      event: 'Contributions are not renewed for 2026-27',
      effect: 'Nobody maintains the dataset after roll-out',
      category: 'financial',
      owner: 'Morgan Reed',
      inherentLikelihood: 3,
      inherentImpact: 4,
      nextReviewDate: inDays(45),
      linkedAction: 'London Chairs’ Network: business case for 2026-27 contributions',
    },
    {
      title: 'Health partners do not take part',
      event: 'Health data items in the dataset are left empty by most boards',
      effect: 'Outcomes about health services cannot be reported',
      category: 'people',
      owner: 'Dr Nadia Karim',
      inherentLikelihood: 2,
      inherentImpact: 3,
      controls: 'Designated doctor on the steering group; items agreed with the ICB',
      status: 'monitoring',
      nextReviewDate: inDays(60),
    },
    {
      title: 'Data-sharing agreement not signed in time',
      event: 'Boards cannot send returns until the agreement is signed',
      category: 'legal',
      owner: 'Morgan Reed',
      inherentLikelihood: 3,
      inherentImpact: 4,
      residualLikelihood: 1,
      residualImpact: 2,
      controls: 'Agreement signed by all 32 boards in June 2025',
      status: 'closed',
    },
  ] as const;
  for (const { owner, ...risk } of risks) {
    await createRisk(tx, actor, project.id, { status: 'open', ...risk, ownerPersonId: person(owner) });
  }
}
