import { FRAMEWORK_FORMAT, type FrameworkDocument } from '../framework-schema.ts';
import { learningGoal, participationGoal } from './goal-learning-participation.ts';
import { partnershipGoal } from './goal-partnership.ts';
import { protectionGoal } from './goal-protection.ts';
import { specificCircumstancesGoal } from './goal-specific-circumstances.ts';
import { links, nodes } from './logic-model.ts';

/**
 * The London framework shipped with the demo: version 1, a draft for the network to work
 * on. A fresh copy each call, so a caller editing it cannot change the next one.
 */
export function defaultFramework(): FrameworkDocument {
  const doc: FrameworkDocument = {
    format: FRAMEWORK_FORMAT,
    version: 1,
    status: 'draft',
    title: 'London safeguarding children outcomes framework',
    description:
      'A shared framework for judging whether London’s safeguarding children boards make children safer: a logic model of what influences outcomes, and goals, outcomes and indicators to collect from every board.',
    model: { nodes, links },
    goals: [protectionGoal, specificCircumstancesGoal, partnershipGoal, learningGoal, participationGoal],
  };
  return structuredClone(doc);
}
