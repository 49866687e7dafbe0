import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { can, roleLabels, type Action } from '../auth/permissions.ts';
import { takeFlash } from '../auth/sessions.ts';
import { csrfUserInfo } from './security.ts';

export interface NavItem {
  href: string;
  text: string;
  /** Shown only to users who may do this; omitted means every signed-in user. */
  action?: Action;
  order: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    navigation: NavItem[];
    addNavigation: (item: NavItem) => void;
    installationFacts: { demo: boolean };
  }
}

/** `reply.page()`: every page gets the signed-in user, navigation, CSRF token, CSP nonce and flash. */
export const renderPlugin = fp(async (app: FastifyInstance) => {
  app.decorate('navigation', [] as NavItem[]);
  app.decorate('addNavigation', (item: NavItem) => {
    app.navigation.push(item);
    app.navigation.sort((a, b) => a.order - b.order);
  });
  app.decorate('installationFacts', { demo: false });

  app.decorateReply('page', async function (this: FastifyReply, template: string, data: Record<string, unknown> = {}) {
    const request = this.request;
    const principal = request.principal;
    const path = request.url.split('?')[0] ?? '/';
    // A page outside every section's path (a document, say) names the page it belongs under.
    const sectionPath = typeof data.sectionPath === 'string' ? data.sectionPath : path;
    const navigation = principal
      ? app.navigation
          .filter((n) => !n.action || can(principal, n.action))
          .map((n) => ({
            href: n.href,
            text: n.text,
            current: path === n.href,
            active: sectionPath === n.href || sectionPath.startsWith(`${n.href}/`),
          }))
      : [];
    const flash = request.sessionToken ? await takeFlash(app.db, request.sessionToken) : [];
    const nonce = (this as FastifyReply & { cspNonce?: { script: string; style: string } }).cspNonce;
    this.type('text/html; charset=utf-8');
    return this.view(template, {
      ...data,
      user: principal ? { ...principal, roleText: principal.roles.map((r) => roleLabels[r.role]).join(', ') } : null,
      navigation,
      csrfToken: this.generateCsrf({ userInfo: csrfUserInfo(request) }),
      cspNonce: nonce?.script,
      flash,
      currentPath: path,
      currentUrl: request.url,
      demo: app.installationFacts.demo,
      can: (action: Action, resource?: { boardId?: string | null }) => can(principal, action, resource),
    });
  });
});
