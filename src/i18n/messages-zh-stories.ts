import type { enStories } from './messages-en-stories';

// Chinese strings of stories, eras and media; spread into `zh`.
export const zhStories: typeof enStories = {
  stories: '专题故事',
  storiesIntro: '本数据集的导览',
  storySteps: (count: string) => `${count} 步`,
  storyLabel: '故事',
  storyStep: (current: string, total: string) => `第 ${current} 步，共 ${total} 步`,
  previousStep: '上一步',
  nextStep: '下一步',
  previousStepName: '上一步骤',
  nextStepName: '下一步骤',
  closeStory: '关闭故事',
  pauseStory: '暂停',
  playStory: '播放',
  pauseStoryName: '暂停故事',
  playStoryName: '播放故事',
  storyAnnouncement: (step: string, caption: string, title: string) =>
    [step, caption, title].filter(Boolean).join('。'),
  copyStepLink: '复制此步骤的链接',
  unknownStory: (id: string) => `本数据集中没有故事“${id}”。`,
  storyPresenterKeys:
    '按键：右、下、Page Down 或空格键到下一步；左、上或 Page Up 到上一步；Home 和 End 到第一步和最后一步；K 暂停或播放；B 黑屏；F 全屏；Escape 退出。',
  storyWindowOnly: '没有单个事件：时间线显示这一时期。',

  showEras: '显示时期',
  during: '所处时期',

  media: '媒体',
  mediaCredit: (credit: string) => `来源：${credit}`,
  mediaLink: {
    image: '图片',
    audio: '音频',
    video: '视频',
    link: '链接',
  },
  mediaElsewhere: '在其他网站打开',
};
