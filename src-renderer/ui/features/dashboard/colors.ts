/**
 * Theme colours of the dashboard's series, one per value and the same on
 * every chart. Severities follow the badges of the rest of the app.
 */
import type { Category, Channel, Severity, SurveyDimension } from '../../../domain/cases/vocabulary';
import type { OpenStage } from '../../../domain/dashboard/figures';
import { SEVERITY_COLOR } from '../../theme';

export const CHANNEL_COLOR: Record<Channel, string> = {
  phone: 'teal.6',
  email: 'blue.6',
  online_chat: 'cyan.6',
  app: 'violet.6',
  social_media: 'grape.6',
  letter: 'yellow.7',
  walk_in: 'lime.7',
  regulator_12315: 'red.6',
  other: 'gray.5',
};

export const SEVERITY_CHART_COLOR: Record<Severity, string> = {
  general: `${SEVERITY_COLOR.general}.5`,
  serious: `${SEVERITY_COLOR.serious}.6`,
  major: `${SEVERITY_COLOR.major}.7`,
};

/** Ungraded cases are the last, grey slice. */
export const CATEGORY_COLOR: Record<Category | 'none', string> = {
  product_quality: 'teal.6',
  service_attitude: 'orange.6',
  logistics: 'blue.6',
  after_sales: 'violet.6',
  billing: 'pink.6',
  policy: 'yellow.7',
  other: 'cyan.7',
  none: 'gray.4',
};

export const DIMENSION_COLOR: Record<SurveyDimension | 'overall', string> = {
  efficiency: 'blue.6',
  resolution: 'teal.6',
  attitude: 'orange.6',
  compensation: 'grape.6',
  overall: 'dark.4',
};

export const STAGE_COLOR: Record<OpenStage, string> = {
  intake: 'gray.6',
  verification: 'cyan.6',
  grading: 'blue.6',
  plan: 'violet.6',
  execution: 'teal.6',
  feedback: 'lime.7',
};

export const CLOCK_COLOR = { response: 'blue.6', resolution: 'teal.6' } as const;
