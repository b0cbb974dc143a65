export { diffAgreements } from './diff';
export { catalogue, changeKinds, type ChangeKind } from './kinds';
export type { DiffResult, Direction } from './types';
