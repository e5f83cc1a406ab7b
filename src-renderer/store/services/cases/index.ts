import type { ServiceModule } from '../../rpc/define';
import { detail, findRepeat, get, list } from './queries';
import { assign } from './assign';
import { correct } from './correct';
import { register } from './register';
import { terminate } from './terminate';

/** 投诉单: registration, correction, termination and reading of cases. */
export const casesService = {
  'cases.register': register,
  'cases.list': list,
  'cases.get': get,
  'cases.detail': detail,
  'cases.findRepeat': findRepeat,
  'cases.assign': assign,
  'cases.correct': correct,
  'cases.terminate': terminate,
} satisfies ServiceModule;
