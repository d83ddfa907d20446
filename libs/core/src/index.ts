export * from './audit-actions';
export * from './groups';
export * from './languages';
export * from './passwords';
export * from './roles';
export * from './social-networks';
export * from './sso';
export * from './user-status';
