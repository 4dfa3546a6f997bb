// The incidents capability (意外事件): a log of what happened to children in the room, staff only.
import type { incidentsContract } from '../../../shared/methods/incidents';
import type { Methods } from '../deps';
import { createIncidentsService } from './incidents';
import { listIncidents } from './rows';

export const incidentsMethods: Methods<typeof incidentsContract> = {
  'incidents.list': (ctx, input) => listIncidents(ctx.db, input),
  'incidents.get': (ctx, { id }) => createIncidentsService(ctx).get(id),
  'incidents.create': (ctx, input) => createIncidentsService(ctx).create(input),
  'incidents.update': (ctx, input) => createIncidentsService(ctx).update(input),
  'incidents.addNotice': (ctx, input) => createIncidentsService(ctx).addNotice(input),
  'incidents.closeFollowUp': (ctx, input) => createIncidentsService(ctx).closeFollowUp(input),
  'incidents.void': (ctx, input) => createIncidentsService(ctx).voidIncident(input),
};
