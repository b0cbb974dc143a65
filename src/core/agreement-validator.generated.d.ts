/* eslint-disable */
// Generated from schemas/agreement.schema.json by scripts/gen-validator.js. Do not edit.
/** An Ajv error, with `verbose` fields (schema, parentSchema, data). */
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  propertyName?: string;
  schema?: unknown;
  parentSchema?: Record<string, unknown>;
  data?: unknown;
}
export interface Validator {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}
export declare const Agreement: Validator;
export declare const CalendarName: Validator;
export declare const Comparison: Validator;
export declare const HoursList: Validator;
export declare const HoursRange: Validator;
export declare const OneOffMaintenanceWindow: Validator;
export declare const OutsideCalendar: Validator;
export declare const RecurringMaintenanceWindow: Validator;
export declare const Scalar: Validator;
export declare const ScalarList: Validator;
