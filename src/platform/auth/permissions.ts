import type { Role } from './schema.ts';

export interface RoleGrant {
  role: Role;
  boardId: string | null;
}

/** The signed-in person as every route sees them. */
export interface Principal {
  userId: string;
  name: string;
  email: string;
  personId: string | null;
  roles: RoleGrant[];
}

/**
 * Everything a route may ask. Modules phrase their operations in these terms:
 * a thing belongs either to the network (coordinated centrally) or to one board.
 */
export type Action =
  | 'hub:read' // signed-in pages about the network's shared work
  | 'directory:edit' // areas, boards, organisations, people, groups
  | 'network:manage' // run meetings, collections, framework and statistics for the network
  | 'board:read' // a board's own unpublished material
  | 'board:edit' // change a board's own material (returns, documents)
  | 'users:manage'
  | 'audit:read';

export interface Resource {
  boardId?: string | null;
}

const hasRole = (u: Principal, ...roles: Role[]) => u.roles.some((r) => roles.includes(r.role));
const hasBoardRole = (u: Principal, boardId: string | null | undefined, ...roles: Role[]) =>
  !!boardId && u.roles.some((r) => roles.includes(r.role) && r.boardId === boardId);

const centralTeam = (u: Principal) => hasRole(u, 'network-admin', 'network-coordinator');

const rules: Record<Action, (u: Principal, r: Resource) => boolean> = {
  'hub:read': (u) => u.roles.length > 0,
  'directory:edit': centralTeam,
  'network:manage': centralTeam,
  'board:read': (u, r) => centralTeam(u) || hasBoardRole(u, r.boardId, 'board-manager', 'board-member'),
  'board:edit': (u, r) => centralTeam(u) || hasBoardRole(u, r.boardId, 'board-manager'),
  'users:manage': (u) => hasRole(u, 'network-admin'),
  'audit:read': (u) => hasRole(u, 'network-admin'),
};

/** The one permission check. Signed-out visitors (null) may do none of these. */
export function can(user: Principal | null | undefined, action: Action, resource: Resource = {}): boolean {
  if (!user) return false;
  return rules[action](user, resource);
}

export const roleLabels: Record<Role, string> = {
  'network-admin': 'Network administrator',
  'network-coordinator': 'Network coordinator',
  'board-manager': 'Board manager',
  'board-member': 'Board member',
  viewer: 'Viewer',
};

/** Board roles make no sense without a board; network roles never carry one. */
export const boardScopedRoles: readonly Role[] = ['board-manager', 'board-member'];
