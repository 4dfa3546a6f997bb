// A child's file as the input children.update takes: the base an import row is merged over.
import type { ChildFile } from '../../../../shared/domain';
import type { ChildInput } from '../../../../shared/methods/children';

export function fileToInput(file: ChildFile): ChildInput {
  return {
    name: file.name,
    gender: file.gender,
    birthDate: file.birthDate,
    ethnicity: file.ethnicity,
    hukou: file.hukou,
    healthStatus: file.healthStatus,
    incomeSource: file.incomeSource,
    guardianSituation: file.guardianSituation,
    villageContactName: file.villageContactName,
    villageContactPhone: file.villageContactPhone,
    healthAllergies: file.healthAllergies,
    healthConditions: file.healthConditions,
    healthMedicines: file.healthMedicines,
    healthActions: file.healthActions,
    grade: file.grade,
    classNo: file.classNo,
    studentNo: file.studentNo,
    situation: file.situation,
    deFactoUnsupported: file.deFactoUnsupported,
    boarding: file.boarding,
    guardianName: file.guardianName,
    guardianRelation: file.guardianRelation,
    guardianPhone: file.guardianPhone,
    guardianAddress: file.guardianAddress,
    parents: file.parents.map((p) => ({
      id: p.id,
      relation: p.relation,
      name: p.name,
      phone: p.phone,
      workCity: p.workCity,
      employer: p.employer,
      bestCallTime: p.bestCallTime,
      verifiedOn: p.verifiedOn,
    })),
    surrogateStaffId: file.surrogateStaffId,
    notes: file.notes,
    consent: file.consent,
  };
}
