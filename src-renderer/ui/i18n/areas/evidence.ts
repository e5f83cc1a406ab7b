import { defineArea } from '../messages';

/** 证据附件 beyond adding one: withdrawing a file attached by mistake, and how a withdrawn one reads. */
export const evidenceMessages = defineArea(
  {
    evidence: {
      withdraw: {
        title: '撤下附件',
        help: '用于撤下误传的附件，例如其他客户的照片、错误的录音。撤下后文件将被永久删除，不能恢复；附件记录（文件名、大小、校验值）和撤下原因保留在投诉单和审计日志中。',
        file: '附件',
        reason: '撤下原因',
        reasonPlaceholder: '例如：误传了其他客户的照片',
        submit: '撤下并删除文件',
        done: '已撤下附件“{{name}}”，文件已删除。',
      },
      withdrawn: {
        badge: '已撤下',
        line: '{{by}} 于 {{at}} 撤下。原因：{{reason}}',
      },
      export: {
        withdrawn: '（已撤下的附件，文件已于 {{at}} 删除）',
      },
    },
  },
  {
    evidence: {
      withdraw: {
        title: 'Withdraw attachment',
        help: 'For a file attached by mistake, such as another customer’s photo or the wrong recording. The file is deleted for good and cannot be brought back; the record of it (name, size, checksum) and the reason stay on the case and in the audit log.',
        file: 'Attachment',
        reason: 'Reason',
        reasonPlaceholder: 'e.g. another customer’s photo attached by mistake',
        submit: 'Withdraw and delete the file',
        done: 'The attachment “{{name}}” was withdrawn and its file deleted.',
      },
      withdrawn: {
        badge: 'Withdrawn',
        line: 'Withdrawn by {{by}} on {{at}}. Reason: {{reason}}',
      },
      export: {
        withdrawn: '(a withdrawn attachment; its file was deleted on {{at}})',
      },
    },
  },
);
