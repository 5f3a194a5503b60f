export * from './auth';
export * from './common';
export * from './cpd';
export * from './errors';
export * from './frameworks';
export * from './people';
export * from './portfolios';
export * from './system';
