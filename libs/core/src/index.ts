export * from './languages';
export * from './roles';
export * from './user-status';
