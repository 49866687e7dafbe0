import { describe, expect, it } from 'vitest';
import { can, type Action, type Principal } from './permissions.ts';
import type { Role } from './schema.ts';

const boardA = '00000000-0000-4000-8000-00000000000a';
const boardB = '00000000-0000-4000-8000-00000000000b';
const user = (role: Role, boardId: string | null = null): Principal => ({
  userId: 'u',
  name: 'U',
  email: 'u@example.org',
  personId: null,
  roles: [{ role, boardId }],
});

const admin = user('network-admin');
const coordinator = user('network-coordinator');
const managerA = user('board-manager', boardA);
const memberA = user('board-member', boardA);
const viewer = user('viewer');

// [who, action, resource board, allowed]
const table: [string, Principal | null, Action, string | undefined, boolean][] = [
  ['signed out', null, 'hub:read', undefined, false],
  ['signed out', null, 'board:read', boardA, false],
  ['viewer', viewer, 'hub:read', undefined, true],
  ['viewer', viewer, 'board:read', boardA, false],
  ['viewer', viewer, 'directory:edit', undefined, false],
  ['member of A', memberA, 'board:read', boardA, true],
  ['member of A', memberA, 'board:read', boardB, false],
  ['member of A', memberA, 'board:edit', boardA, false],
  ['manager of A', managerA, 'board:edit', boardA, true],
  ['manager of A', managerA, 'board:edit', boardB, false],
  ['manager of A', managerA, 'board:read', boardB, false],
  ['manager of A', managerA, 'network:manage', undefined, false],
  ['manager of A', managerA, 'board:edit', undefined, false],
  ['coordinator', coordinator, 'board:edit', boardB, true],
  ['coordinator', coordinator, 'network:manage', undefined, true],
  ['coordinator', coordinator, 'directory:edit', undefined, true],
  ['coordinator', coordinator, 'users:manage', undefined, false],
  ['coordinator', coordinator, 'audit:read', undefined, false],
  ['admin', admin, 'users:manage', undefined, true],
  ['admin', admin, 'audit:read', undefined, true],
  ['admin', admin, 'board:read', boardA, true],
];

describe('can(user, action, resource)', () => {
  it.each(table)('%s → %s on board %s', (_who, principal, action, board, allowed) => {
    expect(can(principal, action, { boardId: board })).toBe(allowed);
  });

  it('a user with no roles may do nothing', () => {
    expect(can({ ...viewer, roles: [] }, 'hub:read')).toBe(false);
  });
});
