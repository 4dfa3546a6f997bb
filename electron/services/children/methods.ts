// The children capability: the child files, their import, and who may collect a child.
import type { childrenContract } from '../../../shared/methods/children';
import type { Methods } from '../deps';
import { confirmChildImport, previewChildImport } from './childImport';
import { createChildrenService } from './children';
import { createCollectorsService } from './collectors';
import { createHealthService } from './health';
import { createPhotosService } from './photos';

export const childrenMethods: Methods<typeof childrenContract> = {
  'children.list': (ctx, input) => createChildrenService(ctx).list(input),
  'children.get': (ctx, { id }) => createChildrenService(ctx).open(id),
  'children.create': (ctx, input) => createChildrenService(ctx).create(input),
  'children.update': (ctx, input) => createChildrenService(ctx).update(input),
  'children.archive': (ctx, input) => createChildrenService(ctx).archive(input),
  'children.restore': (ctx, { id }) => createChildrenService(ctx).restore(id),
  'children.healthNotes': (ctx, { id }) => createHealthService(ctx).open(id),
  'children.hukouPlaces': (ctx) => createChildrenService(ctx).hukouPlaces(),
  'children.importPreview': (ctx, input) => previewChildImport(ctx, input),
  'children.importConfirm': (ctx, input) => confirmChildImport(ctx, input),
  'children.photo': (ctx, { childId }) => createPhotosService(ctx).state(childId),
  'children.photoConsent': (ctx, input) => createPhotosService(ctx).setConsent(input.childId, input.consentBy, input.consentOn),
  'children.setPhoto': (ctx, { childId, photo }) => createPhotosService(ctx).setPhoto(childId, photo),
  'children.deletePhoto': (ctx, { childId }) => createPhotosService(ctx).deletePhoto(childId),

  'collectors.list': (ctx, { childId }) => createCollectorsService(ctx).open(childId),
  'collectors.save': (ctx, input) => createCollectorsService(ctx).save(input),
  'collectors.setPhoto': (ctx, { childId, collectorId, photo }) => createPhotosService(ctx).setCollectorPhoto(childId, collectorId, photo),
};
