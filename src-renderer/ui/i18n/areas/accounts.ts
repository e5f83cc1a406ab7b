import { defineArea } from '../messages';

/** 社交/应用账号: the platforms and how a customer's account is asked for and shown. */
export const accountsMessages = defineArea(
  {
    socialPlatform: {
      wechat: '微信',
      weibo: '微博',
      douyin: '抖音',
      xiaohongshu: '小红书',
      company_app: '本公司App',
      other: '其他平台',
    },
    socialAccount: {
      platform: '账号平台',
      account: '社交/应用账号',
      blankAccount: '账号：',
      accountPlaceholder: '微信号、微博昵称、App 用户ID 等，按客户提供的填写',
      channelHint: '经社交媒体、App 或在线客服投诉的客户，只留了账号也可登记，回复经该账号进行。',
      /** How a case shows the pair: the platform, then the account. */
      value: '{{platform}}：{{account}}',
    },
  },
  {
    socialPlatform: {
      wechat: 'WeChat',
      weibo: 'Weibo',
      douyin: 'Douyin',
      xiaohongshu: 'Xiaohongshu',
      company_app: 'Our app',
      other: 'Other platform',
    },
    socialAccount: {
      platform: 'Account platform',
      account: 'Social / app account',
      blankAccount: 'Account: ',
      accountPlaceholder: 'WeChat ID, Weibo name, app user ID… as the customer gave it',
      channelHint: 'A customer who complained on social media, in the app or in online chat may be registered with only their account; replies go through it.',
      value: '{{platform}}: {{account}}',
    },
  },
);
