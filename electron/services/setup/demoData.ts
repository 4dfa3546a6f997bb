// Word lists for the demo room: names, places and jobs as a rural school in central China sees them.
// Kept apart from demo.ts so the generator reads as logic, not as a dictionary.
import type { StaffRole } from '../../../shared/domain';

export const DEMO_SCHOOL_NAME = '青山镇中心学校';
export const DEMO_ROOM_NAME = '留守儿童之家';

/** The first-run screen shows these PINs, so they are deliberately easy to read out. */
export const DEMO_STAFF: readonly { name: string; role: StaffRole; pin: string }[] = [
  { name: '陈静', role: 'admin', pin: '1234' },
  { name: '王丽华', role: 'teacher', pin: '1111' },
  { name: '李建军', role: 'teacher', pin: '2222' },
  { name: '张敏', role: 'teacher', pin: '3333' },
  { name: '刘海燕', role: 'teacher', pin: '4444' },
  { name: '杨志强', role: 'teacher', pin: '5555' },
];

/** Family names with rough weights; 曾, 单 and 解 are read differently as surnames (zeng, shan, xie). */
export const SURNAMES: readonly [string, number][] = [
  ['王', 10],
  ['李', 10],
  ['张', 9],
  ['刘', 8],
  ['陈', 7],
  ['杨', 6],
  ['黄', 5],
  ['赵', 5],
  ['吴', 4],
  ['周', 4],
  ['徐', 3],
  ['孙', 3],
  ['马', 3],
  ['朱', 3],
  ['胡', 3],
  ['郭', 3],
  ['何', 3],
  ['林', 2],
  ['罗', 3],
  ['高', 2],
  ['谢', 2],
  ['彭', 2],
  ['邓', 2],
  ['田', 2],
  ['向', 2],
  ['唐', 2],
  ['龙', 1],
  ['蒋', 1],
  ['万', 1],
  ['曾', 2],
  ['单', 1],
  ['解', 1],
];

export const BOY_GIVEN_2 = [
  '子轩',
  '浩然',
  '宇航',
  '俊杰',
  '梓豪',
  '明轩',
  '一鸣',
  '家乐',
  '思远',
  '博文',
  '宇轩',
  '浩宇',
  '志豪',
  '天佑',
  '晨阳',
  '俊熙',
  '嘉伟',
  '泽宇',
  '文博',
  '锦程',
  '小龙',
  '小虎',
  '小军',
  '永康',
  '家豪',
  '子墨',
  '昊天',
  '振宇',
  '奕辰',
  '睿泽',
];
export const BOY_GIVEN_1 = ['伟', '强', '磊', '杰', '涛', '浩', '宇', '鹏', '斌', '凯', '鑫', '阳', '超', '健', '毅'];

export const GIRL_GIVEN_2 = [
  '欣怡',
  '梓涵',
  '诗琪',
  '雨桐',
  '可欣',
  '佳怡',
  '思琪',
  '紫涵',
  '若曦',
  '雨萱',
  '小红',
  '小雨',
  '晓雪',
  '梦瑶',
  '语嫣',
  '静怡',
  '心怡',
  '雅婷',
  '欣妍',
  '慧敏',
  '春燕',
  '婉清',
  '子萱',
  '思雨',
  '一诺',
  '安琪',
  '诗涵',
  '海燕',
  '玉洁',
  '梓萱',
];
export const GIRL_GIVEN_1 = ['静', '丽', '婷', '敏', '芳', '娜', '雪', '颖', '琳', '倩', '悦', '瑶', '萍', '洁', '月'];

/** Parents born around 1985–1995. */
export const FATHER_GIVEN = ['建军', '海波', '志强', '小龙', '建华', '国庆', '文斌', '永刚', '红兵', '振华', '德明', '俊', '勇', '刚', '平', '明亮', '春生', '家兵', '金山', '长江'];
export const MOTHER_GIVEN = ['秀英', '丽华', '小红', '春梅', '海燕', '晓琴', '玉兰', '美玲', '红霞', '丽娟', '燕', '芳', '琴', '霞', '翠萍', '小燕', '艳', '桂芳', '金花', '彩云'];

/** Grandparents born around 1950–1965. */
export const GRANDFATHER_GIVEN = ['德山', '福贵', '长生', '有才', '国富', '守仁', '富贵', '德明', '顺发', '金财', '老根', '正清'];
export const GRANDMOTHER_GIVEN = ['桂英', '秀兰', '翠花', '玉珍', '凤英', '桂兰', '淑珍', '秀珍', '兰英', '玉梅', '金凤', '素芬'];

/** Other relatives who step in when no grandparent can. */
export const UNCLE_GIVEN = ['建平', '小兵', '国强', '新民', '大伟'];
export const AUNT_GIVEN = ['红梅', '小芳', '丽萍', '秀梅', '春兰'];

export const VILLAGES = ['青山村', '石桥村', '柳树湾村', '大坪村', '白岩村', '新田村', '杨家沟村'];
export const VILLAGE_GROUPS = ['一组', '二组', '三组', '四组', '五组', '六组', '七组', '八组', '九组', '十组'];

export const WORK_CITIES: readonly [string, number][] = [
  ['广东东莞', 6],
  ['广东深圳', 5],
  ['广东广州', 3],
  ['广东佛山', 2],
  ['浙江宁波', 3],
  ['浙江义乌', 2],
  ['浙江温州', 2],
  ['江苏苏州', 4],
  ['江苏昆山', 2],
  ['福建晋江', 2],
  ['福建厦门', 1],
  ['上海', 3],
  ['北京', 2],
  ['湖北武汉', 1],
  ['重庆', 1],
  ['新疆乌鲁木齐', 1],
];

export const EMPLOYERS = ['电子厂', '建筑工地', '服装厂', '快递公司', '鞋厂', '餐馆', '家具厂', '物流园', '汽车配件厂', '装修队', '玩具厂', '外卖平台', '保洁公司', '食品厂', '纺织厂', '五金厂'];

export const CALL_TIMES = ['晚上8点后', '晚上9点后', '周日全天', '周六晚上', '中午12点到1点', '晚上7点半到9点', '周末下午', '下班后（约晚上10点）'];

export const CONSENT_SCOPE = '建档及留守儿童关爱工作';

/** Why a child is a de-facto unsupported child (事实无人抚养儿童). */
export const UNSUPPORTED_NOTES = [
  '父亲服刑，母亲离家失联，由祖父母抚养。已申报事实无人抚养儿童。',
  '父亲病故，母亲改嫁后失联。已申报事实无人抚养儿童。',
  '父母均重度残疾，无抚养能力。已申报事实无人抚养儿童。',
];

export const OTHER_NOTES = [
  '有哮喘，书包里备有喷雾剂。',
  '对花生过敏。',
  '性格内向，刚转学来，需多关注。',
  '近视，上课坐前排。',
  '喜欢画画，可推荐参加美术小组。',
  '周末常需照顾弟弟妹妹。',
  '家离学校远，雨天常迟到。',
];

/** Mobile prefixes in use by the three carriers; the demo only needs them to look real and validate. */
export const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '157',
  '158',
  '159',
  '166',
  '176',
  '177',
  '180',
  '181',
  '183',
  '185',
  '186',
  '187',
  '189',
  '199',
];
