// The schoolYear capability: the new school year's step (promote, graduate, reassign, close groups),
// its same-day undo, and the handover sheet per class.
import type { schoolYearContract } from '../../../shared/methods/schoolYear';
import type { Methods } from '../deps';
import { letterFont } from '../care/letterPdf';
import { settingsOf } from '../settings/settings';
import { handoverClasses } from './handover';
import { className, handoverPdf, handoverWords } from './handoverPdf';
import { calendarOf, schoolYearPreview } from './preview';
import { createSchoolYearService } from './step';

export const schoolYearMethods: Methods<typeof schoolYearContract> = {
  'schoolYear.status': (ctx) => createSchoolYearService(ctx).status(),
  'schoolYear.preview': (ctx) => schoolYearPreview(ctx),
  'schoolYear.run': (ctx, input) => createSchoolYearService(ctx).run(input),
  'schoolYear.undo': (ctx) => createSchoolYearService(ctx).undo(),
  'schoolYear.handoverPdf': async (ctx, { grade, classNo, language }) => {
    const settings = await settingsOf(ctx);
    const today = ctx.clock.today();
    const { schoolYear } = calendarOf(today, settings.schoolYearStart);
    const t = handoverWords(language);
    const year = t('year', { from: schoolYear, to: schoolYear + 1 });
    const classes = await handoverClasses(ctx, { grade, classNo });
    const bytes = await handoverPdf(classes, { school: settings.schoolName, year, date: today }, language, letterFont());
    const one = grade !== undefined && classNo !== undefined ? classes[0] : undefined;
    const fileName = one ? t('fileClass', { year, class: className(t, one) }) : t('fileAll', { year });
    return { fileName: fileName.replace(/[\s,]+/g, '-'), base64: bytes.toString('base64') };
  },
};
