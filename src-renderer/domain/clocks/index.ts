export * from './calendar';
export * from './clock';
export * from './sla-settings';
