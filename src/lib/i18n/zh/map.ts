// 中文: the map area's messages, the same keys as ../en/map.ts.

import type { Catalogue } from '../catalogue.ts';
import type { map as english } from '../en/map.ts';

export const map: Pick<Catalogue, keyof typeof english> = {
  'map.title': '地图 · 论坛相关地点',
  'map.describe.year': '{year}年',
};
