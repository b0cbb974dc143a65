/**
 * What a rule's options may be (`rules: { id: [severity, { options }] }` in
 * .slarc.yaml), so a config file with `max: -1` or a misspelt option stops
 * with its position instead of being silently ignored.
 */
export interface RuleOption {
  type: 'integer';
  minimum?: number;
  maximum?: number;
}

export type RuleOptions = Readonly<Record<string, RuleOption>>;

/** Why `value` does not fit `spec`, or null when it does. */
export function optionProblem(spec: RuleOption, value: unknown): string | null {
  const range =
    spec.minimum !== undefined && spec.maximum !== undefined
      ? ` from ${spec.minimum} to ${spec.maximum}`
      : spec.minimum !== undefined
        ? ` of at least ${spec.minimum}`
        : spec.maximum !== undefined
          ? ` of at most ${spec.maximum}`
          : '';
  const fits =
    typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    (spec.minimum === undefined || value >= spec.minimum) &&
    (spec.maximum === undefined || value <= spec.maximum);
  return fits ? null : `a whole number${range}`;
}
