// Valid inputs to start from; tests override the fields they are about.
import type { Input } from '../../shared/contract';

export function childInput(overrides: Partial<Input<'children.create'>> = {}): Input<'children.create'> {
  return {
    name: '张小明',
    gender: 'male',
    birthDate: '2016-05-12',
    grade: 4,
    classNo: 2,
    studentNo: null,
    situation: 'both_away',
    deFactoUnsupported: false,
    boarding: false,
    guardianName: '张德山',
    guardianRelation: 'grandfather',
    guardianPhone: '13812345678',
    guardianAddress: '青山村三组12号',
    parents: [
      {
        relation: 'father',
        name: '张建国',
        phone: '13987654321',
        workCity: '广东东莞',
        employer: '电子厂',
        bestCallTime: '晚上8点后',
        verifiedOn: '2026-09-01',
      },
      { relation: 'mother', name: '李秀英', phone: '13700001111', workCity: '浙江宁波', employer: null, bestCallTime: null, verifiedOn: null },
    ],
    surrogateStaffId: null,
    notes: null,
    consent: { signedBy: '张德山', signedOn: '2026-09-01', scope: '建档及留守儿童关爱工作' },
    ...overrides,
  };
}

/** A real 1×1 JPEG as a data URL: the smallest photo a child's file can hold. */
export const TINY_JPEG =
  'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';
