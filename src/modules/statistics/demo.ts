import type { Queryable } from '../../platform/db/types.ts';
import { systemActor } from '../../platform/audit/service.ts';
import type { DemoContext } from '../../demo/load.ts';
import { listBoards } from '../network/service.ts';
import { createGroup } from './store/groups.ts';
import { recordBoardReturnValues } from './store/board-returns.ts';

const actor = systemActor('demo loader');

/**
 * Fictional boards' returns (clearly not official figures) and a comparator group, so the
 * statistics pages have something to show before anyone imports DfE's files.
 */
export async function loadStatisticsDemo(tx: Queryable, _ctx: DemoContext): Promise<void> {
  const boards = await listBoards(tx);
  let seed = 17;
  const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
  for (const board of boards) {
    for (const period of ['2023', '2024', '2025']) {
      await recordBoardReturnValues(tx, actor, {
        boardId: board.id,
        period,
        source: 'demo return (fictional figures)',
        values: [
          { measure: 'demo_multi_agency_training_sessions', value: 6 + next(30) },
          { measure: 'demo_board_meeting_attendance_percent', value: 55 + next(45) },
          { measure: 'demo_section11_audits_completed', value: next(12) },
        ],
      });
    }
  }
  await createGroup(tx, actor, {
    name: 'Demo – north London boards',
    description: 'A fictional comparator group for the demo',
    areaCodes: ['E09000007', 'E09000019', 'E09000014', 'E09000010', 'E09000003'],
  });
}
