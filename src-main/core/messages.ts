/**
 * The few strings main shows itself (tray, menu, dialogs, alert buttons), in both
 * languages. Alert texts and the tray's counts line are in alert-text.ts.
 */
export const MAIN_MESSAGES = {
  'zh-CN': {
    trayTooltip: '投诉处理台',
    trayOpen: '打开投诉处理台',
    trayQuit: '退出',
    menuFile: '文件',
    menuQuit: '退出',
    menuEdit: '编辑',
    menuUndo: '撤销',
    menuRedo: '重做',
    menuCut: '剪切',
    menuCopy: '复制',
    menuPaste: '粘贴',
    menuSelectAll: '全选',
    menuView: '视图',
    menuResetZoom: '实际大小',
    menuZoomIn: '放大',
    menuZoomOut: '缩小',
    menuFullScreen: '全屏',
    menuReload: '重新加载',
    menuDevTools: '开发者工具',
    menuHelp: '帮助',
    menuAbout: '关于投诉处理台',
    savePdfTitle: '保存为 PDF',
    saveFileTitle: '保存文件',
    openFileTitle: '打开文件',
    pdfFilter: 'PDF 文件',
    /** A notification when the automatic backup failed (retried hourly; told once until one succeeds). */
    backupFailedTitle: '自动备份未完成',
    backupFailedBody: '今天的自动备份没有成功，程序每小时会再试一次。点击查看原因（设置 → 备份与恢复）。',
    /** Buttons of an alert notification (macOS, Windows). The minutes are SNOOZE_MINUTES. */
    alertAcknowledge: '确认',
    alertSnooze: '15 分钟后提醒',
    /** Asked before quitting (or closing the window) loses what the page holds unsaved. */
    unsavedTitle: '有未保存的修改',
    unsavedMessage: '投诉处理台中有未保存的修改或尚未完成的操作（例如尚未提交的投诉登记、仍在上传的证据材料、进行中的批量分配或恢复），退出后将丢失或中断。确定退出吗？',
    unsavedStay: '继续编辑',
    unsavedLeave: '仍要退出',
    unsavedLeaveMessage: '投诉处理台中有未保存的修改或尚未完成的操作（例如尚未提交的投诉登记、仍在上传的证据材料、进行中的批量分配或恢复），关闭或重新加载窗口后将丢失或中断。确定离开吗？',
    unsavedLeaveAnyway: '仍要离开',
  },
  en: {
    trayTooltip: 'Complaint Desk',
    trayOpen: 'Open Complaint Desk',
    trayQuit: 'Quit',
    menuFile: 'File',
    menuQuit: 'Quit',
    menuEdit: 'Edit',
    menuUndo: 'Undo',
    menuRedo: 'Redo',
    menuCut: 'Cut',
    menuCopy: 'Copy',
    menuPaste: 'Paste',
    menuSelectAll: 'Select all',
    menuView: 'View',
    menuResetZoom: 'Actual size',
    menuZoomIn: 'Zoom in',
    menuZoomOut: 'Zoom out',
    menuFullScreen: 'Full screen',
    menuReload: 'Reload',
    menuDevTools: 'Developer tools',
    menuHelp: 'Help',
    menuAbout: 'About Complaint Desk',
    savePdfTitle: 'Save as PDF',
    saveFileTitle: 'Save file',
    openFileTitle: 'Open file',
    pdfFilter: 'PDF files',
    backupFailedTitle: 'Automatic backup not made',
    backupFailedBody: 'Today’s automatic backup did not succeed; the app tries again every hour. Click to see why (Settings → Backup and restore).',
    alertAcknowledge: 'Acknowledge',
    alertSnooze: 'Remind me in 15 min',
    unsavedTitle: 'Unsaved changes',
    unsavedMessage: 'Complaint Desk holds unsaved changes or work not yet finished (a complaint not yet registered, evidence still uploading, a bulk assignment or a restore under way). They are lost or cut short when you quit. Quit anyway?',
    unsavedStay: 'Keep editing',
    unsavedLeave: 'Quit anyway',
    unsavedLeaveMessage: 'Complaint Desk holds unsaved changes or work not yet finished (a complaint not yet registered, evidence still uploading, a bulk assignment or a restore under way). They are lost or cut short when the window closes or reloads. Leave anyway?',
    unsavedLeaveAnyway: 'Leave anyway',
  },
} as const;

export type MainLanguage = keyof typeof MAIN_MESSAGES;
export type MainMessages = (typeof MAIN_MESSAGES)[MainLanguage];

export function mainMessages(language: string): MainMessages {
  return language === 'en' ? MAIN_MESSAGES.en : MAIN_MESSAGES['zh-CN'];
}
