import type { ThemeConfig } from 'antd';

/** Warm, friendly colours; large enough type for the room PC at arm's length. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#e8590c',
    colorInfo: '#1971c2',
    borderRadius: 8,
    fontSize: 15,
    fontFamily: "'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', system-ui, sans-serif",
  },
};
