import type { FastifyInstance } from 'fastify';
import { errorResponses, jsonResponse } from '../../platform/http/openapi.ts';

const text = { type: 'string' };
const nullableText = { type: ['string', 'null'] };
const id = { type: 'string', format: 'uuid' };
const nullableId = { type: ['string', 'null'], format: 'uuid' };
const isoDate = { type: 'string', format: 'date' };
const time = { type: ['string', 'null'], pattern: '^\\d{2}:\\d{2}$', description: '24-hour HH:MM' };
const object = (properties: Record<string, unknown>, description?: string) => ({ type: 'object', required: Object.keys(properties), properties, ...(description ? { description } : {}) });

/**
 * `GET /api/v1/meetings/{id}`: the minutes contract (`contracts/minutes-json.md`) of a stored
 * meeting, with ids added, each item's minutes and each action's status.
 */
export function describeMeetingsApi(app: FastifyInstance): void {
  app.openApi.addTag('meetings', 'Meetings of the network’s groups, as structured minutes');
  app.openApi.addSchemas({
    MeetingMinutes: object(
      {
        id,
        groupId: id,
        status: { type: 'string', enum: ['scheduled', 'held', 'minutes-drafted', 'minutes-approved'] },
        title: text,
        date: isoDate,
        start: time,
        end: time,
        location: nullableText,
        chair: { oneOf: [{ type: 'null' }, object({ id: nullableId, name: text, organisation: nullableText, standingInFor: nullableText })] },
        attendees: { type: 'array', items: object({ id, name: text, organisation: nullableText, representing: nullableText, role: nullableText }), description: 'People present, in order' },
        apologies: { type: 'array', items: object({ id, name: text, organisation: nullableText }) },
        items: {
          type: 'array',
          items: object({
            id,
            number: { type: 'string', description: '"2", "2.1"' },
            title: text,
            presenter: nullableText,
            text: { type: ['string', 'null'], description: 'The minutes of the item, one paragraph a line, each numbered paragraph with its number ("2.1 …") and bullets as "• …"' },
          }),
        },
        actions: {
          type: 'array',
          items: object({
            id,
            text,
            item: { type: ['string', 'null'], description: 'Top-level number of the item it sits under' },
            owners: {
              type: 'array',
              items: {
                oneOf: [
                  object({ id: nullableId, as: text, person: nullableText, candidates: { type: 'array', items: text } }, 'A person; id is null when the minutes named someone not in the directory'),
                  object({ as: text, group: text }, 'A body such as "Chairs": every member of the group for reminders'),
                ],
              },
            },
            due: { type: ['string', 'null'], format: 'date', description: 'Its own date, or for “by the next meeting” the date of the group’s next meeting' },
            carriedForward: { type: 'boolean' },
            status: { type: 'string', enum: ['open', 'done', 'dropped'] },
          }),
        },
        suggestedActions: { type: 'array', maxItems: 0, description: 'Always empty for a stored meeting: suggestions become actions or stay in the minutes when imported' },
        nextMeetings: { type: 'array', items: object({ id, date: isoDate, start: time, end: time, location: nullableText, note: nullableText }), description: 'The group’s later meetings and events' },
      },
      'A stored meeting in the structure of `minutes parse --json`, with ids',
    ),
  });
  app.openApi.addPaths({
    '/meetings/{id}': {
      get: {
        tags: ['meetings'],
        summary: 'One meeting as structured minutes: attendance, items with their minutes, actions with owners and status, later meetings',
        parameters: [{ name: 'id', in: 'path', required: true, schema: id }],
        responses: { '200': jsonResponse('The meeting', 'MeetingMinutes'), ...errorResponses },
      },
    },
  });
}
