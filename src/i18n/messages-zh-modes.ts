import type { enModes } from './messages-en-modes';

// Simplified Chinese strings of the embed, presenter, export and print features; spread into `zh`.
// Chinese has no plural forms (Intl.PluralRules('zh-CN') only ever says "other"), so a count is
// simply formatted for the locale.
const numberFormat = new Intl.NumberFormat('zh-CN');

export const zhModes: typeof enModes = {
  // The view menu
  viewActions: '视图操作',
  present: '演示',
  embed: '嵌入',
  exportImage: '导出图片',

  // Embed
  openFullView: '打开完整视图',
  embedDialogTitle: '嵌入此视图',
  embedIntro:
    '将以下代码粘贴到网页中，即可显示当前视图：相同的时间范围、筛选条件、已打开的事件、主题和语言。它不会向任何其他网站发出请求。',
  embedCode: '嵌入代码',
  embedAutoResize: '框架高度随内容自动调整（需加入本站的一小段脚本）',
  embedHeight: '高度（像素；在内容报告自身高度之前使用）',
  copyCode: '复制代码',
  codeCopied: '代码已复制到剪贴板。',
  previewEmbed: '预览嵌入效果',
  embedFrameTitle: (title) => `${title}：交互式时间线`,

  // Presenter
  presenterLabel: '演示模式',
  presentStatus: (current, total) => `第${current}个，共${total}个`,
  presentAnnouncement: (title, date) => `${title}，${date}`,
  previousEvent: '上一个',
  nextEvent: '下一个',
  previousEventName: '上一个事件',
  nextEventName: '下一个事件',
  fullScreen: '全屏',
  exitFullScreen: '退出全屏',
  blackout: '黑屏',
  leavePresenter: '退出',
  leavePresenterName: '退出演示模式',
  presenterKeys:
    '按键：右方向键、下方向键、Page Down 或空格键切换到下一个事件；左方向键、上方向键或 Page Up 返回上一个；Home 和 End 跳到第一个和最后一个；按 B 黑屏；按 F 全屏；按 Escape 退出。',
  screenBlanked: '屏幕已黑屏。按 B 或任一翻页键可重新显示事件。',
  presentNoMatches: '没有符合当前筛选条件的事件。',
  keyStatements: '重要表态',
  mainSource: '主要来源',
  positionAmongEvents: '此事件在所显示事件中的位置',
  moreStatements: (count) => `完整视图中还有${numberFormat.format(count)}条表态`,

  // Export
  exportDialogTitle: '导出时间线图片',
  exportIntro: (period, count) =>
    `${period}的时间线，包括${count}个符合条件的事件、事件类型图例和数据来源说明。`,
  downloadPng: '下载 PNG',
  downloadSvg: '下载 SVG',
  exporting: '正在生成图片…',
  exported: (fileName) => `已保存 ${fileName}。`,
  exportFailed: '无法生成图片，请尝试另一种格式。',
  exportEventCount: (count) => `${count}个事件`,
  moreEventsHere: (count) => `+${count}`,

  // The timeline's text description
  viewDescription: (d) => {
    if (d.totalCount === 0) return '没有事件。';
    const events = (count: number, text: string) => (count === 0 ? '没有事件' : `${text}个事件`);
    const years = (from: string, to: string) => (from === to ? from : `${from}至${to}`);
    return [
      `${years(d.first, d.last)}共${events(d.totalCount, d.total)}`,
      d.showsAll
        ? undefined
        : `当前视图：${years(d.viewFrom, d.viewTo)}，${events(d.inViewCount, d.inView)}`,
      d.busiest === undefined ? undefined : `事件最多的年份：${d.busiest}`,
    ]
      .filter((part) => part !== undefined)
      .join('；')
      .concat('。');
  },

  accessibilityStatement: '无障碍声明（英文）',

  // Print
  printListTitle: (count) => `本视图中的事件（${count}个）`,
  printedFrom: (address) => `打印自：${address}`,
  printSources: '资料来源：',
};
