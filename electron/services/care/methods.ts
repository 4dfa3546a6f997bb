// The care capability: records kept by each child's surrogate parent (代理家长), the due list,
// coverage, follow-ups, birthdays and the growth file. Rules in shared/domain/care.ts.
import type { careContract } from '../../../shared/methods/care';
import type { Methods } from '../deps';
import { birthdays } from './birthdays';
import { classLettersPdf, classLettersToFolder, letterFileName } from './classLetters';
import { coverage } from './coverage';
import { dueList } from './due';
import { dueGroups } from './dueGroups';
import { createFollowUpsService } from './followUps';
import { growthFile } from './growthFile';
import { letterOccasions } from './letterOccasions';
import { letterFont, lettersPdf } from './letterPdf';
import { notSeen } from './notSeen';
import { parentLetter } from './parentLetter';
import { createRecordsService } from './records';
import { charge } from './roll';

export const careMethods: Methods<typeof careContract> = {
  'care.records': (ctx, input) => createRecordsService(ctx).list(input),
  'care.record': (ctx, { id }) => createRecordsService(ctx).get(id),
  'care.create': (ctx, input) => createRecordsService(ctx).create(input),
  'care.void': (ctx, input) => createRecordsService(ctx).voidRecord(input),
  'care.dueGroups': (ctx) => dueGroups(ctx),
  'care.dueList': (ctx, input) => dueList(ctx, input),
  'care.coverage': (ctx) => coverage(ctx),
  'care.charge': (ctx) => charge(ctx),
  'care.followUps': (ctx, input) => createFollowUpsService(ctx).list(input),
  'care.letterOccasions': (ctx) => letterOccasions(ctx),
  'care.talkRequests': (ctx) => createFollowUpsService(ctx).talkRequests(),
  'care.completeFollowUp': (ctx, input) => createFollowUpsService(ctx).complete(input),
  'care.birthdays': (ctx) => birthdays(ctx),
  'care.notSeen': (ctx) => notSeen(ctx),
  'care.growthFile': (ctx, input) => growthFile(ctx, input),
  'care.letter': (ctx, input) => parentLetter(ctx, input),
  'care.letterPdf': async (ctx, input) => {
    const letter = await parentLetter(ctx, input);
    const bytes = await lettersPdf([letter], input.language, letterFont());
    return { fileName: letterFileName(letter), base64: bytes.toString('base64') };
  },
  'care.classLettersPdf': (ctx, input) => classLettersPdf(ctx, input),
  'care.classLettersToFolder': (ctx, input) => classLettersToFolder(ctx, input),
};
