export { diffAgreements, type DiffOptions } from './diff';
export { catalogue, changeKinds, type ChangeKind, type KindSpec } from './kinds';
export type { Change, DiffResult, Direction, Effect, LifecycleCheck, Segment } from './types';
