import type { enFiles } from './messages-en-files';

// Simplified Chinese strings of opening a dataset file from this device; spread into `zh`.
export const zhFiles: typeof enFiles = {
  openFile: '打开文件',
  openFileDescription:
    '从本设备打开数据集：bilateral-events 或 TimelineJS 的 JSON 文件、另存为 CSV 的 TimelineJS 或 bilateral-events 表格，或 GDELT 导出文件。文件在本浏览器中读取，不会上传。',
  dropFileHere: '将文件拖放到此处即可打开。文件在本浏览器中读取，不会上传。',
  localFileNoLink:
    '此数据集是从本设备上的文件打开的，链接无法为他人打开它。如需分享，请将文件发布到网站服务器，并以 ?data= 给出其地址。',
};
