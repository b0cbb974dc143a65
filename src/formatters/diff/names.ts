/**
 * The `--format` choices of `sla diff`, apart from the registry so that
 * registering the command loads no formatter; text first (the default).
 */
export const diffFormatNames = ['text', 'json', 'markdown', 'github', 'junit'] as const;

export type DiffFormatName = (typeof diffFormatNames)[number];

/** When `sla diff` exits 1. */
export const failOnNames = ['unfavourable', 'review', 'any', 'never'] as const;

export type FailOn = (typeof failOnNames)[number];
