import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import * as network from '../network/service.ts';
import { getCollection } from './collections.ts';

export const view = (name: string) => `modules/collections/views/${name}`;
export const idParam = z.object({ id: z.string().uuid() });
export const returnParams = z.object({ id: z.string().uuid(), board: z.string().min(1).max(100) });

/** The board a return URL names, for permission checks (`board:read` / `board:edit`). */
export async function boardOfRequest(request: FastifyRequest) {
  const { board } = returnParams.parse(request.params);
  const found = await network.findBoard(request.server.db, board);
  return { boardId: found?.id ?? null };
}

export async function collectionOr404(request: FastifyRequest) {
  const parsed = idParam.safeParse({ id: (request.params as { id?: string }).id });
  return parsed.success ? getCollection(request.server.db, parsed.data.id) : null;
}

export const dateText = (d: Date | string | null | undefined) =>
  d
    ? new Date(d).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'Europe/London',
      })
    : '';
export const dateTimeText = (d: Date | null | undefined) =>
  d
    ? new Date(d).toLocaleString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/London',
      })
    : '';
