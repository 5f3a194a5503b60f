export * from './auth';
export * from './common';
export * from './errors';
export * from './frameworks';
export * from './people';
export * from './system';
