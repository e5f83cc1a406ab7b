import type { ServiceModule } from '../../rpc/define';
import { detail, findRepeat, get, list, recentlyRegistered } from './queries';
import { assign } from './assign';
import { correct } from './correct';
import { placeHold, releaseHold } from './hold';
import { register } from './register';
import { replyReferral } from './reply-referral';
import { terminate } from './terminate';
import { link, unlink } from './link';
import { links } from './links-view';

/** 投诉单: registration, correction, termination and reading of cases. */
export const casesService = {
  'cases.register': register,
  'cases.list': list,
  'cases.get': get,
  'cases.detail': detail,
  'cases.findRepeat': findRepeat,
  'cases.recentlyRegistered': recentlyRegistered,
  'cases.assign': assign,
  'cases.correct': correct,
  'cases.terminate': terminate,
  'cases.replyReferral': replyReferral,
  'cases.placeHold': placeHold,
  'cases.releaseHold': releaseHold,
  'cases.link': link,
  'cases.unlink': unlink,
  'cases.links': links,
} satisfies ServiceModule;
