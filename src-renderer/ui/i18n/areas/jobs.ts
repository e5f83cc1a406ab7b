import { defineArea } from '../messages';

/** Progress of the store host's long jobs: the tracking index after a start, backups, restores, the audit chain check. */
export const jobsMessages = defineArea(
  {
    jobs: {
      starting: '正在开始…',
      figure: '{{phase}} {{percent}}%',
      step: '（第 {{step}}/{{steps}} 步）',
      indexing: '正在建立索引 {{percent}}%',
      indexingCount: '（已读入 {{done}} / {{total}} 宗投诉；程序启动后只需建立一次）',
      similarIndexing: '正在建立相似案例索引 {{percent}}%',
      similarIndexingCount: '（已读入 {{done}} / {{total}} 宗投诉；程序启动后只需建立一次）',
      phases: {
        caseIndex: { reading: '正在建立索引' },
        similarIndex: { reading: '正在建立相似案例索引' },
        backup: { reading: '正在读取数据', packing: '正在压缩打包' },
        restoreCheck: { checking: '正在检查备份文件' },
        restore: {
          checking: '正在检查备份文件',
          savingCurrent: '正在备份当前数据：读取',
          packingCurrent: '正在备份当前数据：打包',
          writing: '正在写入备份中的数据',
          verifying: '正在核对写入的数据',
        },
        verifyAll: { verifying: '正在校验审计链' },
      },
    },
  },
  {
    jobs: {
      starting: 'Starting…',
      figure: '{{phase}} {{percent}}%',
      step: ' (step {{step}} of {{steps}})',
      indexing: 'Building the index {{percent}}%',
      indexingCount: ' ({{done}} of {{total}} complaints read; needed once after each start)',
      similarIndexing: 'Building the similar-cases index {{percent}}%',
      similarIndexingCount: ' ({{done}} of {{total}} complaints read; needed once after each start)',
      phases: {
        caseIndex: { reading: 'Building the index' },
        similarIndex: { reading: 'Building the similar-cases index' },
        backup: { reading: 'Reading the data', packing: 'Packing the file' },
        restoreCheck: { checking: 'Checking the backup file' },
        restore: {
          checking: 'Checking the backup file',
          savingCurrent: 'Backing up the current data: reading',
          packingCurrent: 'Backing up the current data: packing',
          writing: 'Writing the backup’s data',
          verifying: 'Checking the data written',
        },
        verifyAll: { verifying: 'Verifying the audit chains' },
      },
    },
  },
);
